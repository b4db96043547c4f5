import { Card, CardContent } from '@mui/material';
import AccessTimeIcon from '@mui/icons-material/AccessTime';
import CategoryIcon from '@mui/icons-material/Category';
import FlagIcon from '@mui/icons-material/Flag';
import { FilterList, useTranslate } from 'react-admin';
import { EventKinds, EventStatuses } from '@summitdesk/contracts';
import { daysFromToday, todayIso } from '../common/dates';
import { humanize } from '../common/text';
import { FilterListItem } from '../common/FilterListItem';

export const EventFilterSidebar = () => {
  const translate = useTranslate();
  const today = todayIso();
  return (
    <Card
      component="aside"
      aria-label={translate('summitdesk.events.filters.label')}
      sx={{ order: -1, mr: 2, mt: 2, width: 230, flexShrink: 0, alignSelf: 'flex-start' }}
    >
      <CardContent sx={{ pt: 1 }}>
        <FilterList label="summitdesk.events.filters.when" icon={<AccessTimeIcon />}>
          <FilterListItem label="summitdesk.events.filters.upcoming" value={{ startDate_gte: today, startDate_lte: undefined }} />
          <FilterListItem label="summitdesk.events.filters.past" value={{ startDate_lte: daysFromToday(-1), startDate_gte: undefined }} />
        </FilterList>
        <FilterList label="summitdesk.events.filters.status" icon={<FlagIcon />}>
          {EventStatuses.map((status) => (
            <FilterListItem
              key={status}
              label={translate(`summitdesk.statuses.event.${status}`, { _: humanize(status) })}
              value={{ status }}
            />
          ))}
        </FilterList>
        <FilterList label="summitdesk.events.filters.kind" icon={<CategoryIcon />}>
          {EventKinds.map((kind) => (
            <FilterListItem key={kind} label={translate(`summitdesk.events.kinds.${kind}`, { _: humanize(kind) })} value={{ kind }} />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
};
