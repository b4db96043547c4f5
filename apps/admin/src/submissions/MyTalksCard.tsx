import { Button, Link, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { Link as RouterLink } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import type { Submission } from '@summitdesk/contracts';
import { DashboardCard } from '../dashboard/DashboardCard';
import { SubmissionStatusChip } from './SubmissionStatusChip';

// A member's talks on their home, newest first, with where each one stands.
export const MyTalksCard = () => {
  const translate = useTranslate();
  const { data } = useGetList<Submission>('submissions', {
    filter: { mine: true },
    sort: { field: 'id', order: 'DESC' },
    pagination: { page: 1, perPage: 5 },
  });
  return (
    <DashboardCard
      title="summitdesk.cfp_program.my_talks"
      icon={<RecordVoiceOverIcon />}
      action={
        <Button component={RouterLink} to="/submissions/create" variant="outlined" size="small">
          {translate('summitdesk.cfp_program.propose_talk')}
        </Button>
      }
    >
      {data && data.length === 0 ? <Typography variant="body2">{translate('summitdesk.cfp_program.empty_talks')}</Typography> : null}
      <List dense disablePadding>
        {(data ?? []).map((submission) => (
          <ListItem key={submission.id} disablePadding>
            <ListItemButton component={RouterLink} to={`/submissions/${submission.id}/show`}>
              <ListItemText primary={submission.title} />
              <SubmissionStatusChip status={submission.status} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      {data && data.length > 0 ? (
        <Link component={RouterLink} to={`/submissions?filter=${encodeURIComponent(JSON.stringify({ mine: true }))}`} variant="body2">
          {translate('summitdesk.cfp_program.my_talks')}
        </Link>
      ) : null}
    </DashboardCard>
  );
};
