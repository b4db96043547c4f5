import { Alert, AlertTitle, Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocale, useTranslate } from 'react-admin';
import { signed, type AuthorResponse, type ReviewHistoryEntry } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { formatInstant } from '../common/dates';

// The speakers' answer to the reviews, for the committee: absent (404) until they answer.
export const AuthorResponseNote = ({ submissionId }: { submissionId: number }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const { data } = useQuery({
    queryKey: ['submissions', submissionId, 'author-response'],
    queryFn: async () => {
      try {
        return (await dataProvider.getView<AuthorResponse>('submissions', { id: submissionId, view: 'author-response' })).data;
      } catch (failure) {
        if ((failure as { status?: number }).status === 404) return null;
        throw failure;
      }
    },
  });
  if (!data) return null;
  return (
    <Alert severity="info" icon={false} component="section" aria-label={translate('summitdesk.cfp_program.queue.author_response')}>
      <AlertTitle>{translate('summitdesk.cfp_program.queue.author_response')}</AlertTitle>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{data.body}</Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('summitdesk.cfp_program.queue.response_words', { smart_count: data.wordCount })}
      </Typography>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate('summitdesk.cfp_program.queue.may_update')}
      </Typography>
    </Alert>
  );
};

// The own review's changes in the reader's words ("Score −1 → +1"), newest last, as the API keeps them.
export const ReviewHistory = ({ reviewId, version }: { reviewId: number; version: number }) => {
  const translate = useTranslate();
  const changes = (row: ReviewHistoryEntry) =>
    row.changes.length === 0
      ? translate('summitdesk.cfp_program.queue.history_change.none')
      : row.changes
          .map(({ field, from, to }) => {
            const name = translate(`summitdesk.cfp_program.queue.history_fields.${field}`);
            return from !== undefined && to !== undefined
              ? translate('summitdesk.cfp_program.queue.history_change.moved', { field: name, from: signed(from), to: signed(to) })
              : translate('summitdesk.cfp_program.queue.history_change.changed', { field: name });
          })
          .join('; ');
  const locale = useLocale();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const { data } = useQuery({
    queryKey: ['reviews', reviewId, 'history', version],
    queryFn: async () => (await dataProvider.getView<ReviewHistoryEntry[]>('reviews', { id: reviewId, view: 'history' })).data,
  });
  if (!data?.length) return null;
  return (
    <Box component="section" aria-labelledby={`review-history-${reviewId}`}>
      <Typography variant="subtitle1" component="h3" id={`review-history-${reviewId}`}>
        {translate('summitdesk.cfp_program.queue.history')}
      </Typography>
      <List dense>
        {data.map((row) => (
          <ListItem key={row.id} disableGutters>
            <ListItemText
              primary={translate(`summitdesk.cfp_program.queue.history_actions.${row.action}`, { _: row.text })}
              secondary={`${formatInstant(row.at, locale)}${row.action === 'update' ? ` · ${changes(row)}` : ''}`}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
};
