import PushPinIcon from '@mui/icons-material/PushPin';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocaleState } from '../i18n/useLocaleState';
import type { PublicAnnouncement } from '@summitdesk/contracts';
import { AnnouncementBody } from './AnnouncementBody';

export const NewsItem = ({ news, headingLevel = 'h2' }: { news: PublicAnnouncement; headingLevel?: 'h2' | 'h3' }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box component="article" id={`news-${news.id}`} sx={{ mb: 3 }}>
      <Typography component={headingLevel} variant="h6" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        {news.pinned ? <PushPinIcon fontSize="small" titleAccess={translate('summitdesk.announcements.public.pinned')} /> : null}
        {news.title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {news.publishedAt ? new Date(news.publishedAt).toLocaleDateString(locale, { dateStyle: 'long' }) : null}
        {news.authorName ? ` · ${news.authorName}` : null}
      </Typography>
      <AnnouncementBody html={news.bodyHtml} />
    </Box>
  );
};
