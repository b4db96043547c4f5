import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ContestEntry } from '@summitdesk/contracts';

export const EntryThumbnailField = ({ size = 56 }: { size?: number; label?: string }) => {
  const record = useRecordContext<ContestEntry>();
  if (!record?.thumbnailUrl) return <Box sx={{ width: size, height: size, bgcolor: 'grey.100', borderRadius: 1 }} />;
  return (
    <Box
      component="img"
      src={record.thumbnailUrl}
      alt=""
      loading="lazy"
      sx={{ width: size, height: size, objectFit: 'cover', borderRadius: 1, bgcolor: 'grey.100' }}
    />
  );
};
