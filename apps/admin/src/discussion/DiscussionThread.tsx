import { useId, useState } from 'react';
import { Alert, Autocomplete, Box, Button, Chip, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { DiscussionComment, Mentionable } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { useNotifyError } from '../common/errors';
import { formatInstant } from '../common/dates';

type Props = { submissionId: number; chair: boolean };

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

// The committee's thread under a submission. The API decides who reads it: a reviewer before their
// own review is told to review first, a conflicted member never sees it (404: nothing is shown).
export const DiscussionThread = ({ submissionId, chair }: Props) => {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [locale] = useLocaleState();
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: number; body: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const thread = useQuery({
    queryKey: ['submissions', submissionId, 'comments'],
    queryFn: async () => (await dataProvider.getView<DiscussionComment[]>('submissions', { id: submissionId, view: 'comments' })).data,
    retry: false,
  });
  const committee = useQuery({
    queryKey: ['submissions', submissionId, 'mentionable'],
    queryFn: async () => (await dataProvider.getView<Mentionable[]>('submissions', { id: submissionId, view: 'mentionable' })).data,
    retry: false,
    enabled: thread.isSuccess,
  });
  if (statusOf(thread.error) === 404) return null;
  const isCommittee = committee.isSuccess;
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      await thread.refetch();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  const post = () =>
    run(async () => {
      await dataProvider.action('submissions', { id: submissionId, action: 'comments', data: { body: draft } });
      setDraft('');
    });
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2 }}>
      <Typography id={headingId} variant="h6" component="h2">
        {translate('summitdesk.discussion.title')}
      </Typography>
      {statusOf(thread.error) === 403 ? (
        <Alert severity="info">{translate('summitdesk.discussion.review_first')}</Alert>
      ) : (
        <Stack spacing={1} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {(thread.data ?? []).length === 0 && (
            <Typography component="li" color="text.secondary">
              {translate('summitdesk.discussion.empty')}
            </Typography>
          )}
          {(thread.data ?? []).map((comment) => (
            <Box component="li" key={comment.id} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1 }}>
              <Typography variant="subtitle2" component="p">
                {comment.authorName} · {formatInstant(comment.createdAt, locale)}
                {comment.visibleToSpeakers && (
                  <Chip size="small" sx={{ ml: 1 }} label={translate('summitdesk.discussion.shared')} color="info" variant="outlined" />
                )}
              </Typography>
              {editing?.id === comment.id ? (
                <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                  <TextField
                    label={translate('summitdesk.discussion.edit_label')}
                    value={editing.body}
                    onChange={(event) => setEditing({ id: comment.id, body: event.target.value })}
                    multiline
                    fullWidth
                    size="small"
                  />
                  <Button
                    disabled={busy || !editing.body.trim()}
                    onClick={() =>
                      run(async () => {
                        await dataProvider.update('discussion-comments', {
                          id: comment.id,
                          data: { body: editing.body, version: comment.version },
                          previousData: comment,
                        });
                        setEditing(null);
                      })
                    }
                  >
                    {translate('ra.action.save')}
                  </Button>
                  <Button onClick={() => setEditing(null)}>{translate('ra.action.cancel')}</Button>
                </Stack>
              ) : (
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {comment.body}
                </Typography>
              )}
              {isCommittee && (
                <Stack direction="row" spacing={1}>
                  {comment.mine && editing?.id !== comment.id && (
                    <Button size="small" onClick={() => setEditing({ id: comment.id, body: comment.body })}>
                      {translate('ra.action.edit')}
                    </Button>
                  )}
                  {chair && (
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() =>
                        run(() =>
                          dataProvider.action('discussion-comments', {
                            id: comment.id,
                            action: 'speaker_visibility',
                            data: { visibleToSpeakers: !comment.visibleToSpeakers, version: comment.version },
                          }),
                        )
                      }
                    >
                      {translate(comment.visibleToSpeakers ? 'summitdesk.discussion.unshare' : 'summitdesk.discussion.share')}
                    </Button>
                  )}
                  {chair && (
                    <Button
                      size="small"
                      color="error"
                      disabled={busy}
                      onClick={() => run(() => dataProvider.delete('discussion-comments', { id: comment.id, previousData: comment }))}
                    >
                      {translate('ra.action.delete')}
                    </Button>
                  )}
                </Stack>
              )}
            </Box>
          ))}
        </Stack>
      )}
      {isCommittee && (
        <Stack spacing={1} sx={{ mt: 1 }}>
          <TextField
            label={translate('summitdesk.discussion.new_label')}
            helperText={translate('summitdesk.discussion.new_help')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            multiline
            minRows={2}
            fullWidth
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
            <Autocomplete
              options={committee.data ?? []}
              getOptionLabel={(member) => member.name}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              value={null}
              onChange={(_, member) => member && setDraft((text) => `${text}${text && !text.endsWith(' ') ? ' ' : ''}@${member.name} `)}
              renderInput={(params) => <TextField {...params} label={translate('summitdesk.discussion.mention')} size="small" />}
              sx={{ minWidth: 260 }}
            />
            <Button variant="contained" disabled={busy || !draft.trim()} onClick={post}>
              {translate('summitdesk.discussion.post')}
            </Button>
          </Stack>
        </Stack>
      )}
    </Box>
  );
};
