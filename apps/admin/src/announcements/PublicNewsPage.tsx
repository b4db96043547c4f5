import RssFeedIcon from '@mui/icons-material/RssFeed';
import { Alert, Box, Button, CircularProgress, Divider, Typography } from '@mui/material';
import { Link as RouterLink, useTranslate } from '../public-shell/kit';
import { API_URL } from '../httpClient';
import { PublicPage } from '../contests/public/PublicPage';
import { SubscribeForm } from '../subscriptions/SubscribeForm';
import { NewsItem } from './NewsItem';
import { usePublicNews } from './usePublicNews';

// The community's news for visitors, with the Atom feed and the digest's subscribe box.
export const PublicNewsPage = () => {
  const translate = useTranslate();
  const { data, error, isPending } = usePublicNews(50);
  return (
    <PublicPage>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <Typography component="h1" variant="h4" sx={{ fontWeight: 700, flex: 1 }}>
          {translate('summitdesk.announcements.public.title')}
        </Typography>
        <Button href={`${API_URL}/public/news.atom`} startIcon={<RssFeedIcon />} variant="outlined">
          {translate('summitdesk.announcements.public.atom')}
        </Button>
        <Button component={RouterLink} to="/public/digests" variant="outlined">
          {translate('summitdesk.announcements.public.archive')}
        </Button>
      </Box>
      {isPending ? <CircularProgress aria-label={translate('summitdesk.common.loading')} /> : null}
      {error ? <Alert severity="error">{translate('summitdesk.common.load_error')}</Alert> : null}
      {data?.length === 0 ? <Typography>{translate('summitdesk.announcements.public.none')}</Typography> : null}
      {data?.map((news) => (
        <NewsItem key={news.id} news={news} />
      ))}
      <Divider sx={{ my: 3 }} />
      <SubscribeForm />
    </PublicPage>
  );
};
