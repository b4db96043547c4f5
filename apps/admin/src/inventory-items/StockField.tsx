import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { InventoryItem } from '@summitdesk/contracts';

// Stock in one cell: on hand, how much of it packed parcels hold, what is free, and the reorder alert.
export const StockField = (_props: { label?: string }) => {
  const record = useRecordContext<InventoryItem>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography component="span" variant="body2">
        {translate('summitdesk.stock.on_hand')}: <strong>{record.onHand}</strong>
        {record.reserved ? ` · ${translate('summitdesk.stock.reserved')}: ${record.reserved}` : ''}
        {` · ${translate('summitdesk.stock.available')}: ${record.available}`}
      </Typography>
      {record.belowReorderLevel ? (
        <Chip size="small" color="warning" label={translate('summitdesk.stock.alert')} title={translate('summitdesk.stock.alert_help')} />
      ) : null}
    </Box>
  );
};
