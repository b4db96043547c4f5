import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type Banner, type BannerLocation } from '@summitdesk/contracts';
import { bannerLocationColors } from '../common/statusColors';
import { humanize } from '../common/text';

export const BannerLocationChip = ({ location }: { location?: BannerLocation; label?: string }) => {
  const record = useRecordContext<Banner>();
  const translate = useTranslate();
  const value = location ?? record?.location;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={bannerLocationColors[value] ?? 'default'}
      label={translate(`summitdesk.statuses.banner.${value}`, { _: humanize(value) })}
    />
  );
};
