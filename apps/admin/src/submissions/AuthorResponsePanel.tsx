import { useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocale, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { countWords, type SpeakerReviews, type Submission } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { errorMessage, fieldErrors } from '../common/errors';
import { formatInstant } from '../common/dates';

// The speaker's side of the author response: once the chair's window opens, the speaker-visible parts of
// the submitted reviews and one answer within the word limit; after sending, the answer reads back.
export const AuthorResponsePanel = () => {
  const record = useRecordContext<Submission>();
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const enabled = record?.viewerRole === 'speaker' && record.status !== 'draft';
  const { data, refetch } = useQuery({
    queryKey: ['submissions', record?.id, 'speaker-reviews'],
    queryFn: async () => (await dataProvider.getView<SpeakerReviews>('submissions', { id: record!.id, view: 'speaker-reviews' })).data,
    enabled,
  });
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  if (!enabled || !data?.window) return null;
  const t = (key: string, args?: Record<string, unknown>) => translate(`summitdesk.cfp_program.author_response.${key}`, args);
  const { window, response } = data;
  // Before the window opens the API sends no reviews: nothing to show yet.
  if (!window.open && !response && data.reviews.length === 0) return null;
  const words = countWords(body);
  const limit = window.wordLimit;
  const over = limit != null && words > limit;
  const send = async () => {
    setSending(true);
    setError(undefined);
    try {
      await dataProvider.action('submissions', { id: record!.id, action: 'author-response', data: { body } });
      notify('summitdesk.cfp_program.author_response.sent', { type: 'success' });
      await refetch();
    } catch (failure) {
      setError(fieldErrors(failure)?.body ?? errorMessage(failure, translate));
    } finally {
      setSending(false);
    }
  };
  const fieldName = new Map(data.fields.map((field) => [field.key, field.name]));
  return (
    <Card variant="outlined" component="section" aria-labelledby="author-response-title" sx={{ my: 2 }}>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="h6" component="h2" id="author-response-title">
          {t('title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t(window.open ? 'window_open' : 'window_closed', { date: formatInstant(window.closesAt, locale) })}
        </Typography>
        {data.reviews.length === 0 ? <Alert severity="info">{t('no_reviews')}</Alert> : null}
        {data.reviews.map((review) => (
          <Box
            key={review.id}
            component="article"
            aria-label={t('review_n', { n: review.id })}
            sx={{ borderLeft: 3, borderColor: 'divider', pl: 2 }}
          >
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="subtitle1" component="h3">
                {review.reviewerName ?? t('review_n', { n: review.id })}
              </Typography>
              {review.round > 1 ? <Chip size="small" label={t('round', { round: review.round })} /> : null}
            </Stack>
            {review.commentToSpeakers ? <Typography sx={{ whiteSpace: 'pre-wrap' }}>{review.commentToSpeakers}</Typography> : null}
            {Object.entries(review.answers).map(([key, value]) => (
              <Typography key={key} sx={{ whiteSpace: 'pre-wrap' }}>
                <strong>{fieldName.get(key) ?? key}:</strong> {String(value)}
              </Typography>
            ))}
          </Box>
        ))}
        {response ? (
          <Box>
            <Typography variant="subtitle1" component="h3">
              {t('your_response')}
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{response.body}</Typography>
            <Typography variant="caption" color="text.secondary">
              {t('sent_at', { date: formatInstant(response.createdAt, locale), smart_count: response.wordCount })}
            </Typography>
          </Box>
        ) : window.open ? (
          <Box
            component="form"
            onSubmit={(event) => {
              event.preventDefault();
              void send();
            }}
            sx={{ display: 'grid', gap: 1 }}
          >
            <TextField
              label={t('your_response')}
              multiline
              minRows={5}
              value={body}
              error={over || !!error}
              onChange={(event) => setBody(event.target.value)}
              helperText={error ?? t('once')}
            />
            <Typography role="status" aria-live="polite" variant="body2" color={over ? 'error' : 'text.secondary'}>
              {limit != null ? t('words_of', { words, limit }) : t('words', { smart_count: words })}
            </Typography>
            <Box>
              <Button
                type="submit"
                label="summitdesk.cfp_program.author_response.send"
                variant="contained"
                disabled={sending || over || words === 0}
              />
            </Box>
          </Box>
        ) : (
          <Alert severity="info">{t('not_answered')}</Alert>
        )}
      </CardContent>
    </Card>
  );
};
