import { Button, Link, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import StorefrontIcon from '@mui/icons-material/Storefront';
import { Link as RouterLink } from 'react-router-dom';
import { useGetIdentity, useGetList, useTranslate } from 'react-admin';
import type { BoothProposal } from '@summitdesk/contracts';
import { BoothProposalStatusChip } from '../booth-proposals/BoothProposalStatusChip';
import { DashboardCard } from './DashboardCard';

// A member's home: their proposals with where each one stands.
export const MyBoothProposalsCard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data } = useGetList<BoothProposal>(
    'booth-proposals',
    { filter: { proposerId: identity?.id }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 5 } },
    { enabled: Boolean(identity) },
  );
  return (
    <DashboardCard
      title="summitdesk.booth_proposals.my_card.title"
      icon={<StorefrontIcon />}
      action={
        <Button component={RouterLink} to="/booth-proposals/create" variant="outlined" size="small">
          {translate('summitdesk.booth_proposals.propose')}
        </Button>
      }
    >
      {data && data.length === 0 ? <Typography variant="body2">{translate('summitdesk.booth_proposals.my_card.none')}</Typography> : null}
      <List dense disablePadding>
        {(data ?? []).map((proposal) => (
          <ListItem key={proposal.id} disablePadding>
            <ListItemButton component={RouterLink} to={`/booth-proposals/${proposal.id}/show`}>
              <ListItemText primary={(proposal.event ?? proposal.newEvent)?.name} />
              <BoothProposalStatusChip status={proposal.status} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      {data && data.length > 0 ? (
        <Link component={RouterLink} to="/booth-proposals" variant="body2">
          {translate('summitdesk.booth_proposals.my_menu')}
        </Link>
      ) : null}
    </DashboardCard>
  );
};
