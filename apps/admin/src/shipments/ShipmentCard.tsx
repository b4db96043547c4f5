import { Box, Card, CardActionArea, CardContent, Chip, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { Shipment } from '@summitdesk/contracts';

// One parcel on the board: where it goes, what is in it, and red when it is overdue.
export const ShipmentCard = ({ shipment }: { shipment: Shipment }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const contents = shipment.lines
    .map((line) =>
      'itemId' in line
        ? translate('summitdesk.shipments.item_line', { quantity: line.quantity, unit: line.unit, name: line.name })
        : translate('summitdesk.shipments.banner_line', { tag: line.tag }),
    )
    .join(', ');
  return (
    <Card
      variant="outlined"
      sx={{ mb: 1, borderColor: shipment.overdue ? 'error.main' : undefined, borderWidth: shipment.overdue ? 2 : 1 }}
    >
      <CardActionArea onClick={() => navigate(createPath({ resource: 'shipments', id: shipment.id, type: 'show' }))}>
        <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
            <Typography variant="subtitle2" component="h3">
              #{shipment.id} · {shipment.booth.eventName ?? `#${shipment.boothProposalId}`}
            </Typography>
            {shipment.overdue ? <Chip size="small" color="error" label={translate('summitdesk.shipments.overdue')} /> : null}
          </Box>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate(`summitdesk.shipments.${shipment.direction}`)}
            {shipment.booth.neededBy ? ` · ${translate('summitdesk.shipments.needed_by', { date: shipment.booth.neededBy })}` : ''}
          </Typography>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {contents}
          </Typography>
          {shipment.trackingNumber ? (
            <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
              {shipment.carrier} {shipment.trackingNumber}
            </Typography>
          ) : null}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
