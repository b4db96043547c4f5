import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { Link as RouterLink, useParams, useDataProvider, useLocaleState, useTranslate } from '../public-shell/kit';
import type { PublicDigest } from '@summitdesk/contracts';
import { PublicPage } from '../contests/public/PublicPage';
import { usePublicQuery } from '../public-shell/query';
import type { SummitdeskDataProvider } from '../dataProvider';

// One issue's permalink (/public/digests/2027-W07), in the reader's language.
export const PublicDigestPage = () => {
  const { week = '' } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const language = locale === 'de' ? 'de' : 'en';
  const { data, error, isPending } = usePublicQuery(['public', 'digests', week, language], (signal) =>
    dataProvider.getPublicView<PublicDigest>('digests', { id: week, query: { lang: language }, signal }).then((result) => result.data),
  );
  return (
    <PublicPage>
      <Button component={RouterLink} to="/public/digests" sx={{ mb: 2 }}>
        {translate('summitdesk.digests.public.all')}
      </Button>
      {isPending ? <CircularProgress aria-label={translate('summitdesk.common.loading')} /> : null}
      {error ? <Alert severity="error">{translate('summitdesk.digests.public.missing')}</Alert> : null}
      {data ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {data.sentAt ? new Date(data.sentAt).toLocaleDateString(locale, { dateStyle: 'long' }) : null}
          </Typography>
          {/* Composed by the API with every text escaped and announcement bodies sanitised. */}
          <Box sx={{ '& h1': { typography: 'h4' }, '& h2': { typography: 'h6', mt: 3 } }} dangerouslySetInnerHTML={{ __html: data.html }} />
        </>
      ) : null}
    </PublicPage>
  );
};
