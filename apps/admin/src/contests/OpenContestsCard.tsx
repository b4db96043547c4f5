import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { Box, Button, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { Contest } from '@summitdesk/contracts';
import { DashboardCard } from '../dashboard/DashboardCard';
import { ContestStatusChip } from './ContestStatusChip';

// On everyone's home: the contests taking entries or votes, with the one thing to do next.
export const OpenContestsCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { data: contests } = useGetList<Contest>('contests', {
    filter: { status: ['entries_open', 'voting'] },
    sort: { field: 'votingClosesAt', order: 'ASC' },
    pagination: { page: 1, perPage: 5 },
  });
  const date = (instant: string) => new Date(instant).toLocaleDateString(locale, { dateStyle: 'medium' });
  return (
    <DashboardCard
      title="summitdesk.contests.open_card.title"
      icon={<EmojiEventsIcon />}
      action={
        <Link component={RouterLink} to={createPath({ resource: 'contests', type: 'list' })}>
          {translate('summitdesk.contests.open_card.all')}
        </Link>
      }
    >
      {contests?.length === 0 ? <Typography color="text.secondary">{translate('summitdesk.contests.open_card.none')}</Typography> : null}
      {contests?.map((contest) => {
        const voting = contest.status === 'voting';
        const show = createPath({ resource: 'contests', type: 'show', id: contest.id });
        return (
          <Box key={contest.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Box sx={{ flex: 1 }}>
              <Link component={RouterLink} to={show}>
                {contest.title}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {translate(voting ? 'summitdesk.contests.open_card.voting_until' : 'summitdesk.contests.open_card.entries_until', {
                  date: date(voting ? contest.votingClosesAt : contest.entriesCloseAt),
                })}
              </Typography>
            </Box>
            <ContestStatusChip status={contest.status} />
            <Button
              size="small"
              variant="outlined"
              component={RouterLink}
              to={
                voting
                  ? `${show}/gallery`
                  : `${createPath({ resource: 'contest-entries', type: 'create' })}?source=${encodeURIComponent(
                      JSON.stringify({ contestId: contest.id }),
                    )}`
              }
            >
              {translate(voting ? 'summitdesk.contests.open_card.vote' : 'summitdesk.contests.open_card.enter')}
            </Button>
          </Box>
        );
      })}
    </DashboardCard>
  );
};
