import { Card, CardContent } from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';
import { FilterList, useTranslate } from 'react-admin';
import { SponsorshipStatuses } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { FilterListItem } from '../common/FilterListItem';

export const SponsorshipFilterSidebar = () => {
  const translate = useTranslate();
  return (
    <Card
      component="aside"
      aria-label={translate('summitdesk.sponsorships.filters.label')}
      sx={{ order: -1, mr: 2, mt: 2, width: 230, flexShrink: 0, alignSelf: 'flex-start' }}
    >
      <CardContent sx={{ pt: 1 }}>
        <FilterList label="summitdesk.sponsorships.filters.status" icon={<FlagIcon />}>
          {SponsorshipStatuses.map((status) => (
            <FilterListItem
              key={status}
              label={translate(`summitdesk.statuses.sponsorship.${status}`, { _: humanize(status) })}
              value={{ status }}
            />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
};
