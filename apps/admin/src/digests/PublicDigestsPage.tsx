import { Alert, Box, Card, CardActionArea, CardContent, CircularProgress, Divider, Typography } from '@mui/material';
import { Link as RouterLink, useDataProvider, useLocaleState, useTranslate } from '../public-shell/kit';
import type { PublicDigest } from '@summitdesk/contracts';
import { PublicPage } from '../contests/public/PublicPage';
import { usePublicQuery } from '../public-shell/query';
import type { SummitdeskDataProvider } from '../dataProvider';
import { SubscribeForm } from '../subscriptions/SubscribeForm';

type ArchiveEntry = Omit<PublicDigest, 'html' | 'text'> & { id: string };

// Past issues, newest first, each with its permalink; and the subscribe box.
export const PublicDigestsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const { data, error, isPending } = usePublicQuery(['public', 'digests'], (signal) =>
    dataProvider
      .getPublicList<ArchiveEntry>('digests', { sort: { field: 'week', order: 'DESC' }, range: [0, 199], signal })
      .then((result) => result.data),
  );
  return (
    <PublicPage>
      <Typography component="h1" variant="h4" sx={{ fontWeight: 700, mb: 2 }}>
        {translate('summitdesk.digests.public.title')}
      </Typography>
      {isPending ? <CircularProgress aria-label={translate('summitdesk.common.loading')} /> : null}
      {error ? <Alert severity="error">{translate('summitdesk.common.load_error')}</Alert> : null}
      {data?.length === 0 ? <Typography>{translate('summitdesk.digests.public.none')}</Typography> : null}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
        {data?.map((issue) => (
          <li key={issue.week}>
            <Card variant="outlined">
              <CardActionArea component={RouterLink} to={`/public/digests/${issue.week}`}>
                <CardContent>
                  <Typography component="h2" variant="h6">
                    {issue.label}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {issue.sentAt ? new Date(issue.sentAt).toLocaleDateString(locale, { dateStyle: 'long' }) : null} · {issue.week}
                  </Typography>
                  {issue.intro ? <Typography variant="body2">{issue.intro}</Typography> : null}
                </CardContent>
              </CardActionArea>
            </Card>
          </li>
        ))}
      </Box>
      <Divider sx={{ my: 3 }} />
      <SubscribeForm />
    </PublicPage>
  );
};
