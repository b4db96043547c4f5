import { Box, Paper, Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { ShipmentBoardColumns, ShipmentStatuses, type Shipment } from '@summitdesk/contracts';
import { ShipmentCard } from './ShipmentCard';
import { ShipmentStatusChip } from './ShipmentStatusChip';

// The organizer's board: a column per state in the order a parcel moves; lost and cancelled
// parcels get a column only when the list holds some.
export const ShipmentBoard = () => {
  const { data, isPending } = useListContext<Shipment>();
  const translate = useTranslate();
  if (isPending || !data) return null;
  const columns = ShipmentStatuses.filter(
    (status) => ShipmentBoardColumns.includes(status) || data.some((shipment) => shipment.status === status),
  );
  return (
    <Box sx={{ display: 'grid', gap: 1.5, p: 1.5, gridTemplateColumns: { xs: '1fr', md: `repeat(${columns.length}, minmax(0, 1fr))` } }}>
      {columns.map((status) => {
        const parcels = data.filter((shipment) => shipment.status === status);
        return (
          <Paper
            key={status}
            component="section"
            aria-label={translate(`summitdesk.statuses.shipment.${status}`)}
            variant="outlined"
            sx={{ p: 1, bgcolor: 'action.hover', minHeight: 120 }}
          >
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
              <ShipmentStatusChip status={status} />
              <Typography variant="caption" color="text.secondary">
                {parcels.length}
              </Typography>
            </Box>
            {parcels.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate('summitdesk.shipments.board_empty')}
              </Typography>
            ) : (
              parcels.map((shipment) => <ShipmentCard key={shipment.id} shipment={shipment} />)
            )}
          </Paper>
        );
      })}
    </Box>
  );
};
