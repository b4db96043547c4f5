import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import type { MeetingItem, MeetingOrderMode, Submission } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { errorMessage, useNotifyError } from '../common/errors';
import { DiscussionThread } from './DiscussionThread';

type Agenda = { cfpId: number; chair: boolean; mode: MeetingOrderMode | null; position: number; version: number; items: MeetingItem[] };
type Current = {
  chair: boolean;
  position: number;
  total: number;
  version: number;
  stepOut: boolean;
  message: string | null;
  submission: Submission | null;
  reviews: Array<{ id: number; score: number; confidence: number; reviewerName: string; commentToCommittee: string | null }>;
};

const POLL_MS = 4000;

// The meeting as the chair runs it and every member follows it (polling): one talk at a time with
// its reviews and discussion, or "step out" for a member conflicted on it.
export const MeetingPage = () => {
  const { id } = useParams();
  const cfpId = Number(id);
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [mode, setMode] = useState<MeetingOrderMode>('score');
  const [hand, setHand] = useState<number[] | null>(null);
  const agenda = useQuery({
    queryKey: ['cfps', cfpId, 'meeting'],
    queryFn: async () => (await dataProvider.getView<Agenda>('cfps', { id: cfpId, view: 'meeting' })).data,
    refetchInterval: POLL_MS,
  });
  const current = useQuery({
    queryKey: ['cfps', cfpId, 'meeting/current'],
    queryFn: async () => (await dataProvider.getView<Current>('cfps', { id: cfpId, view: 'meeting/current' })).data,
    refetchInterval: POLL_MS,
  });
  const staged = (decision: string) =>
    translate('summitdesk.meeting.staged', { decision: translate(`summitdesk.cfp_program.decisions.${decision}`) });
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await Promise.all([agenda.refetch(), current.refetch()]);
    } catch (error) {
      notifyError(error);
    }
  };
  const post = (path: string, body: Record<string, unknown>) => dataProvider.command('cfps', { command: `${cfpId}/${path}`, data: body });
  const setOrder = (body: Record<string, unknown>) =>
    run(async () => {
      await post('meeting/order', body);
      setHand(null);
    });
  const move = (to: 'next' | 'previous' | number) => run(() => post('meeting/move', { to, version: agenda.data?.version ?? 0 }));
  const decide = (decision: string) =>
    current.data?.submission &&
    run(() =>
      dataProvider.action('submissions', {
        id: current.data!.submission!.id,
        action: 'decide',
        data: { decision, version: current.data!.submission!.version },
      }),
    );
  if (agenda.error) return <Alert severity="error">{errorMessage(agenda.error, translate)}</Alert>;
  const data = agenda.data;
  const now = current.data;
  const items = data?.items ?? [];
  const visibleIds = items.filter((item) => item.submissionId !== null).map((item) => item.submissionId!);
  const handOrder = hand ?? visibleIds;
  const titleOf = (submissionId: number) => items.find((item) => item.submissionId === submissionId)?.title ?? String(submissionId);
  const shift = (index: number, by: number) => {
    const next = [...handOrder];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved);
    setHand(next);
  };
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate('summitdesk.meeting.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('summitdesk.meeting.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('summitdesk.meeting.polling')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Card sx={{ minWidth: 280 }} component="section" aria-label={translate('summitdesk.meeting.agenda')}>
          <CardContent>
            <Typography variant="h6" component="h2">
              {translate('summitdesk.meeting.agenda')}
            </Typography>
            {data?.chair && (
              <Stack direction="row" spacing={1} sx={{ my: 1 }}>
                <TextField
                  select
                  size="small"
                  label={translate('summitdesk.meeting.order')}
                  value={mode}
                  onChange={(event) => setMode(event.target.value as MeetingOrderMode)}
                >
                  {(['score', 'spread', 'hand'] as const).map((option) => (
                    <MenuItem key={option} value={option}>
                      {translate(`summitdesk.meeting.modes.${option}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <Button variant="outlined" onClick={() => setOrder(mode === 'hand' ? { mode, submissionIds: handOrder } : { mode })}>
                  {translate(mode === 'hand' ? 'summitdesk.meeting.save_hand' : 'summitdesk.meeting.apply_order')}
                </Button>
              </Stack>
            )}
            <Box component="ol" sx={{ pl: 3, m: 0 }}>
              {data?.chair && mode === 'hand'
                ? handOrder.map((submissionId, index) => (
                    <li key={submissionId}>
                      {titleOf(submissionId)}
                      <IconButton
                        size="small"
                        disabled={index === 0}
                        onClick={() => shift(index, -1)}
                        aria-label={translate('summitdesk.meeting.up', { title: titleOf(submissionId) })}
                      >
                        <ArrowUpwardIcon fontSize="small" />
                      </IconButton>
                      <IconButton
                        size="small"
                        disabled={index === handOrder.length - 1}
                        onClick={() => shift(index, 1)}
                        aria-label={translate('summitdesk.meeting.down', { title: titleOf(submissionId) })}
                      >
                        <ArrowDownwardIcon fontSize="small" />
                      </IconButton>
                    </li>
                  ))
                : items.map((item) => (
                    <Box
                      component="li"
                      key={item.position}
                      aria-current={item.position === data?.position ? 'step' : undefined}
                      sx={{ fontWeight: item.position === data?.position ? 700 : 400 }}
                    >
                      {item.conflicted || item.title === null ? (
                        translate('summitdesk.meeting.conflicted_item')
                      ) : data?.chair ? (
                        // The chair jumps to any talk of the agenda.
                        <Button size="small" sx={{ textTransform: 'none', textAlign: 'left' }} onClick={() => move(item.position)}>
                          {item.title}
                        </Button>
                      ) : (
                        item.title
                      )}
                      {item.meanScore !== null && ` (${item.meanScore} ± ${item.spread ?? 0})`}
                      {item.pendingDecision && ` — ${staged(item.pendingDecision)}`}
                    </Box>
                  ))}
            </Box>
          </CardContent>
        </Card>
        <Card sx={{ flex: 1, width: '100%' }} component="section" aria-label={translate('summitdesk.meeting.title')}>
          <CardContent>
            {now && now.total > 0 && (
              <Typography variant="overline" component="p">
                {translate('summitdesk.meeting.now', { position: now.position + 1, total: now.total })}
              </Typography>
            )}
            {now?.chair && now.total > 0 && (
              <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
                <Button variant="outlined" disabled={now.position === 0} onClick={() => move('previous')}>
                  {translate('summitdesk.meeting.previous')}
                </Button>
                <Button variant="contained" disabled={now.position >= now.total - 1} onClick={() => move('next')}>
                  {translate('summitdesk.meeting.next')}
                </Button>
              </Stack>
            )}
            {now?.stepOut && (
              <Alert severity="warning" role="alert">
                {translate('summitdesk.meeting.step_out')}
              </Alert>
            )}
            {now && !now.stepOut && !now.submission && now.message && (
              <Alert severity="info">{translate(now.total === 0 ? 'summitdesk.meeting.no_order' : 'summitdesk.meeting.listen')}</Alert>
            )}
            {now?.submission && (
              <Box>
                <Typography variant="h6" component="h2">
                  {now.submission.title}
                </Typography>
                <Box sx={{ '& p:first-of-type': { mt: 0 } }} dangerouslySetInnerHTML={{ __html: now.submission.abstractHtml }} />
                <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
                  {translate('summitdesk.meeting.reviews')}
                </Typography>
                {now.reviews.length === 0 ? (
                  <Typography color="text.secondary">{translate('summitdesk.meeting.no_reviews')}</Typography>
                ) : (
                  <Box component="ul" sx={{ pl: 2, m: 0 }}>
                    {now.reviews.map((review) => (
                      <li key={review.id}>
                        {review.reviewerName}: {review.score > 0 ? '+' : ''}
                        {review.score} ({review.confidence}){review.commentToCommittee ? ` — ${review.commentToCommittee}` : ''}
                      </li>
                    ))}
                  </Box>
                )}
                {now.chair && (
                  <Box sx={{ mt: 1 }} role="group" aria-label={translate('summitdesk.meeting.decide')}>
                    <Typography variant="subtitle2" component="p">
                      {translate('summitdesk.meeting.decide')}
                      {now.submission.pendingDecision && ` — ${staged(now.submission.pendingDecision)}`}
                    </Typography>
                    <Stack direction="row" spacing={1}>
                      {(['accept', 'waitlist', 'reject'] as const).map((decision) => (
                        <Button key={decision} size="small" variant="outlined" onClick={() => decide(decision)}>
                          {translate(`summitdesk.cfp_program.decisions.${decision}`)}
                        </Button>
                      ))}
                    </Stack>
                  </Box>
                )}
                <DiscussionThread key={now.submission.id} submissionId={now.submission.id} chair={now.chair} />
              </Box>
            )}
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
};
