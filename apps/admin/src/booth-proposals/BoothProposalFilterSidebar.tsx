import { Card, CardContent } from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';
import PersonIcon from '@mui/icons-material/Person';
import { FilterList, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { BoothProposalStatuses } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { FilterListItem } from '../common/FilterListItem';

export const BoothProposalFilterSidebar = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions();
  return (
    <Card
      component="aside"
      aria-label={translate('summitdesk.events.filters.label')}
      sx={{ order: -1, mr: 2, mt: 2, width: 240, flexShrink: 0, alignSelf: 'flex-start' }}
    >
      <CardContent sx={{ pt: 1 }}>
        <FilterList label="summitdesk.booth_proposals.menu" icon={<PersonIcon />}>
          {identity ? <FilterListItem label="summitdesk.booth_proposals.mine" value={{ proposerId: identity.id }} /> : null}
          {permissions === 'organizer' ? (
            <FilterListItem label="summitdesk.booth_proposals.waiting" value={{ status: ['submitted', 'in_review'] }} />
          ) : null}
        </FilterList>
        <FilterList label="resources.booth-proposals.fields.status" icon={<FlagIcon />}>
          {BoothProposalStatuses.map((status) => (
            <FilterListItem
              key={status}
              label={translate(`summitdesk.statuses.booth-proposal.${status}`, { _: humanize(status) })}
              value={{ status }}
            />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
};
