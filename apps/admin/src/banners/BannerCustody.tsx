import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Banner, BannerHandOver } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';
import { BannerLocationChip } from './BannerLocationChip';

// The chain of custody, oldest first: every hand and place, with the condition noted at each hand-over.
export const BannerCustody = (_props: { label?: string | false }) => {
  const record = useRecordContext<Banner>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const { data, isPending } = useQuery({
    queryKey: ['banners', record?.id, 'history', record?.version],
    enabled: record !== undefined,
    queryFn: async () => (await dataProvider.getView<BannerHandOver[]>('banners', { id: record!.id, view: 'history' })).data,
  });
  if (!record) return null;
  if (isPending) return <Loading />;
  if (!data || data.length === 0) return <Typography variant="body2">{translate('summitdesk.banners.custody_empty')}</Typography>;
  return (
    <List aria-label={translate('summitdesk.banners.custody')}>
      {data.map((row) => (
        <ListItem key={row.id} divider alignItems="flex-start">
          <ListItemText
            primary={
              <>
                <BannerLocationChip location={row.toLocation} /> {row.holder}
              </>
            }
            secondary={[
              new Date(row.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
              row.actorName,
              row.condition ? translate('summitdesk.banners.condition_at', { condition: row.condition }) : null,
              row.note,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
};
