import { useState } from 'react';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useGetIdentity, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { Contest, ContestEntry, Vote } from '@summitdesk/contracts';
import { ArtworkLightbox } from './ArtworkLightbox';
import { EntryCard } from './EntryCard';
import { VoteButton } from './VoteButton';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 } as const;

// Approved entries in the viewer's own stable shuffle (the API's voterOrder), with their vote marked.
export const ContestGallery = (_props: { label?: false }) => {
  const contest = useRecordContext<Contest>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState<ContestEntry | undefined>();
  const enabled = Boolean(contest);
  const { data: entries, isPending } = useGetList<ContestEntry>(
    'contest-entries',
    {
      filter: { contestId: contest?.id, status: 'approved' },
      sort: { field: 'voterOrder', order: 'ASC' },
      pagination: { page: 1, perPage: 500 },
    },
    { enabled },
  );
  const { data: votes, refetch } = useGetList<Vote & { id: number }>(
    'votes',
    { filter: { contestId: contest?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled },
  );
  if (!contest) return null;
  if (isPending) return <CircularProgress aria-hidden={false} aria-label={translate('summitdesk.common.loading')} />;
  const myVote = votes?.[0]?.entryId;
  const voting = contest.status === 'voting';
  return (
    <Box>
      {voting ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('summitdesk.contests.gallery_hint_voting')}
        </Alert>
      ) : null}
      {!entries?.length ? (
        <Typography color="text.secondary">{translate('summitdesk.contests.gallery_empty')}</Typography>
      ) : (
        <Box sx={grid}>
          {entries.map((entry) => {
            const own = identity?.id === entry.authorId;
            const votesBadge =
              entry.votes === null ? undefined : translate('summitdesk.contests.award_dialog.votes', { smart_count: entry.votes });
            return (
              <EntryCard
                key={entry.id}
                title={entry.title}
                authorName={entry.authorName}
                thumbnailUrl={entry.thumbnailUrl}
                badge={own ? translate('summitdesk.contests.own_entry') : votesBadge}
                onOpen={() => setOpen(entry)}
              >
                {voting && !own ? <VoteButton entry={entry} myVote={myVote} onVoted={() => void refetch()} /> : null}
              </EntryCard>
            );
          })}
        </Box>
      )}
      <ArtworkLightbox entry={open} onClose={() => setOpen(undefined)} />
    </Box>
  );
};
