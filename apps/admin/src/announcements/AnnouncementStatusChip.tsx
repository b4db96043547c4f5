import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Announcement, AnnouncementStatus } from '@summitdesk/contracts';
import { announcementStatusColors } from '../common/statusColors';

export const AnnouncementStatusChip = ({ status }: { status?: AnnouncementStatus; label?: string }) => {
  const record = useRecordContext<Announcement>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return <Chip size="small" color={announcementStatusColors[value]} label={translate(`summitdesk.statuses.announcement.${value}`)} />;
};
