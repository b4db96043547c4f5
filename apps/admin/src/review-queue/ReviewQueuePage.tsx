import { useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { Title, useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import type { Cfp } from '@summitdesk/contracts';
import { BiddingNotice } from '../bidding/BiddingActions';
import { DiscussionThread } from '../discussion/DiscussionThread';
import { OtherReviews } from './OtherReviews';
import { ReviewForm } from './ReviewForm';
import { AuthorResponseNote, ReviewHistory } from './ReviewerResponseAndHistory';
import { useReviewQueue } from './useReviewQueue';
import { useZonedInstantText } from '../common/ZonedInstantField';

// One submission at a time with the review form beside it, next/previous through the queue and
// progress in the header. The API sends no speaker in anonymous mode, so none can show here.
export const ReviewQueuePage = () => {
  const translate = useTranslate();
  const zoned = useZonedInstantText();
  const { identity } = useGetIdentity();
  const { submissions, mine, isPending, refetch } = useReviewQueue();
  const [index, setIndex] = useState(0);
  const current = submissions[Math.min(index, submissions.length - 1)];
  const { data: cfp } = useGetOne<Cfp>('cfps', { id: current?.cfpId }, { enabled: !!current });
  // A draft is not done: only submitted reviews count.
  const reviewed = (id: number) => mine.get(id)?.status === 'submitted';
  const done = submissions.filter((submission) => reviewed(submission.id)).length;
  const own = current ? mine.get(current.id) : undefined;
  return (
    <Box sx={{ p: 2 }}>
      <Title title="summitdesk.cfp_program.queue.title" />
      <BiddingNotice />
      {isPending ? <LinearProgress aria-label={translate('summitdesk.common.loading')} /> : null}
      {!isPending && submissions.length === 0 ? <Alert severity="info">{translate('summitdesk.cfp_program.queue.empty')}</Alert> : null}
      {current ? (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
            <Typography variant="h6" component="p">
              {translate('summitdesk.cfp_program.queue.progress', { done, assigned: submissions.length, left: submissions.length - done })}
            </Typography>
            {cfp ? (
              <Typography color="text.secondary">
                {translate('summitdesk.cfp_program.queue.deadline', {
                  date: zoned(cfp.reviewClosesAt, cfp.timeZone),
                })}
              </Typography>
            ) : null}
          </Stack>
          <LinearProgress variant="determinate" value={(100 * done) / submissions.length} sx={{ mb: 2 }} aria-hidden />
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '240px 1fr 1fr' }, gap: 2 }}>
            <Card component="nav" aria-label={translate('summitdesk.cfp_program.queue.title')}>
              <List dense>
                {submissions.map((submission, position) => (
                  <ListItem key={submission.id} disablePadding>
                    <ListItemButton
                      selected={submission.id === current.id}
                      aria-current={submission.id === current.id ? 'true' : undefined}
                      onClick={() => setIndex(position)}
                    >
                      <ListItemText
                        primary={submission.title}
                        secondary={translate(
                          reviewed(submission.id)
                            ? 'summitdesk.cfp_program.queue.done_chip'
                            : mine.has(submission.id)
                              ? 'summitdesk.cfp_program.queue.draft_chip'
                              : 'summitdesk.cfp_program.queue.todo_chip',
                        )}
                      />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            </Card>
            <Card>
              <CardContent>
                <Typography variant="h5" component="h2" gutterBottom>
                  {current.title}
                </Typography>
                <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
                  <Chip size="small" label={current.format} />
                  {current.track ? <Chip size="small" label={current.track} /> : null}
                  {current.level ? <Chip size="small" label={current.level} /> : null}
                </Stack>
                <Box dangerouslySetInnerHTML={{ __html: current.abstractHtml }} />
                {current.notes ? (
                  <Alert severity="info" sx={{ mt: 2 }}>
                    {current.notes}
                  </Alert>
                ) : null}
              </CardContent>
            </Card>
            <Card>
              <CardContent sx={{ display: 'grid', gap: 2 }}>
                <AuthorResponseNote submissionId={current.id} />
                <ReviewForm
                  // A new key starts the form afresh for another talk or a newer version of the review.
                  key={`${current.id}:${own?.version ?? 'new'}`}
                  submissionId={current.id}
                  cfpId={current.cfpId}
                  review={own}
                  onSaved={() => void refetch()}
                />
                {own?.status === 'submitted' ? <ReviewHistory reviewId={own.id} version={own.version} /> : null}
                <OtherReviews submissionId={current.id} reviewerId={identity?.id} reviewed={reviewed(current.id)} />
                {/* Keyed on the own review, so that submitting it opens the thread (the API answered 403 before). */}
                <DiscussionThread
                  key={`${current.id}:${reviewed(current.id)}`}
                  submissionId={current.id}
                  chair={current.viewerRole === 'chair'}
                />
                <Stack direction="row" spacing={1}>
                  <Button label="summitdesk.cfp_program.queue.previous" disabled={index <= 0} onClick={() => setIndex(index - 1)} />
                  <Button
                    label="summitdesk.cfp_program.queue.next"
                    disabled={index >= submissions.length - 1}
                    onClick={() => setIndex(index + 1)}
                  />
                </Stack>
              </CardContent>
            </Card>
          </Box>
        </>
      ) : null}
    </Box>
  );
};
