import { Box, Typography } from '@mui/material';
import { Labeled, TextField, useRecordContext } from 'react-admin';
import type { Contest } from '@summitdesk/contracts';
import { ContestStatusChip } from './ContestStatusChip';
import { ContestWindowsField } from './ContestWindowsField';
import { PrizeField } from './PrizeField';

// The rules arrive as HTML the API rendered from Markdown and sanitised (no scripts, safe links only).
export const ContestDetails = (_props: { label?: false }) => {
  const record = useRecordContext<Contest>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: 760 }}>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
        <Labeled source="status">
          <ContestStatusChip />
        </Labeled>
        <Labeled source="prize">
          <PrizeField />
        </Labeled>
        <Labeled source="license">
          <TextField source="license" />
        </Labeled>
      </Box>
      <Labeled label="summitdesk.contests.sections.windows">
        <ContestWindowsField />
      </Labeled>
      <Labeled source="rules">
        <Typography
          component="div"
          variant="body2"
          sx={{ '& p:first-of-type': { mt: 0 } }}
          dangerouslySetInnerHTML={{ __html: record.rulesHtml }}
        />
      </Labeled>
    </Box>
  );
};
