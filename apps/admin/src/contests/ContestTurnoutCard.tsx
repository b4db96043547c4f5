import { useQuery } from '@tanstack/react-query';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { Box, LinearProgress, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useDataProvider, useGetList, useTranslate } from 'react-admin';
import type { Contest, ContestTurnout } from '@summitdesk/contracts';
import { DashboardCard } from '../dashboard/DashboardCard';
import type { SummitdeskDataProvider } from '../dataProvider';

const TurnoutRow = ({ contest }: { contest: Contest }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  // Keyed by the version, so closing or awarding the contest counts again.
  const { data: turnout } = useQuery({
    queryKey: ['contests', contest.id, 'turnout', contest.version],
    queryFn: async ({ signal }) =>
      (await dataProvider.getView<ContestTurnout>('contests', { id: contest.id, view: 'turnout', signal })).data,
  });
  const percent = turnout && turnout.eligible > 0 ? (100 * turnout.voters) / turnout.eligible : 0;
  return (
    <Box sx={{ py: 1 }}>
      <Link component={RouterLink} to={createPath({ resource: 'contests', type: 'show', id: contest.id })}>
        {contest.title}
      </Link>
      <LinearProgress variant="determinate" value={percent} aria-label={contest.title} sx={{ my: 0.5, height: 8, borderRadius: 1 }} />
      <Typography variant="body2" color="text.secondary">
        {turnout ? translate('summitdesk.contests.turnout_card.voted', { voters: turnout.voters, eligible: turnout.eligible }) : '…'}
      </Typography>
    </Box>
  );
};

// For organizers: how many members have voted in the latest contests (a count, never a ranking).
export const ContestTurnoutCard = () => {
  const translate = useTranslate();
  const { data: contests } = useGetList<Contest>('contests', {
    filter: { status: ['voting', 'closed', 'awarded'] },
    sort: { field: 'votingClosesAt', order: 'DESC' },
    pagination: { page: 1, perPage: 4 },
  });
  return (
    <DashboardCard title="summitdesk.contests.turnout_card.title" icon={<HowToVoteIcon />}>
      {contests?.length === 0 ? <Typography color="text.secondary">{translate('summitdesk.contests.turnout_card.none')}</Typography> : null}
      {contests?.map((contest) => (
        <TurnoutRow key={contest.id} contest={contest} />
      ))}
    </DashboardCard>
  );
};
