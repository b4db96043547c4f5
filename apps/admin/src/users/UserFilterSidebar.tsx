import { Card, CardContent } from '@mui/material';
import BadgeIcon from '@mui/icons-material/Badge';
import LockIcon from '@mui/icons-material/Lock';
import { FilterList, useTranslate } from 'react-admin';
import { Roles } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { FilterListItem } from '../common/FilterListItem';

export const UserFilterSidebar = () => {
  const translate = useTranslate();
  return (
    <Card
      component="aside"
      aria-label={translate('summitdesk.events.filters.label')}
      sx={{ order: -1, mr: 2, mt: 2, width: 230, flexShrink: 0, alignSelf: 'flex-start' }}
    >
      <CardContent sx={{ pt: 1 }}>
        <FilterList label="summitdesk.users.filters.role" icon={<BadgeIcon />}>
          {Roles.map((role) => (
            <FilterListItem key={role} label={translate(`summitdesk.users.roles.${role}`, { _: humanize(role) })} value={{ role }} />
          ))}
        </FilterList>
        <FilterList label="summitdesk.users.filters.account" icon={<LockIcon />}>
          <FilterListItem label="summitdesk.users.filters.active" value={{ disabled: false }} />
          <FilterListItem label="summitdesk.users.filters.disabled" value={{ disabled: true }} />
        </FilterList>
      </CardContent>
    </Card>
  );
};
