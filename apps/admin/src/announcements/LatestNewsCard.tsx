import { Button, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { DashboardCard } from '../dashboard/DashboardCard';
import { NewsItem } from './NewsItem';
import { usePublicNews } from './usePublicNews';

// The member home's news: the latest published announcements, pinned first.
export const LatestNewsCard = () => {
  const translate = useTranslate();
  const { data } = usePublicNews(3);
  return (
    <DashboardCard title="summitdesk.announcements.card.title">
      {data?.length === 0 ? <Typography>{translate('summitdesk.announcements.public.none')}</Typography> : null}
      {data?.map((news) => (
        <NewsItem key={news.id} news={news} headingLevel="h3" />
      ))}
      <Button component={RouterLink} to="/public/news" size="small">
        {translate('summitdesk.announcements.card.all')}
      </Button>
    </DashboardCard>
  );
};
