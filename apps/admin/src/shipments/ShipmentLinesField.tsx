import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';

// What is in the parcel: catalogue items with quantities, and banners with their condition.
export const ShipmentLinesField = (_props: { label?: string }) => {
  const record = useRecordContext<Shipment>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Table size="small" aria-label={translate('summitdesk.shipments.lines')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.shipments.fields.itemId')}</TableCell>
          <TableCell align="right">{translate('resources.shipments.fields.quantity')}</TableCell>
          <TableCell>{translate('resources.shipments.fields.condition')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.lines.map((line) =>
          'itemId' in line ? (
            <TableRow key={`item-${line.itemId}`}>
              <TableCell>
                {line.sku} · {line.name}
              </TableCell>
              <TableCell align="right">
                {line.quantity} {line.unit}
              </TableCell>
              <TableCell />
            </TableRow>
          ) : (
            <TableRow key={`banner-${line.bannerId}`}>
              <TableCell>
                <Link component={RouterLink} to={`/banners/${line.bannerId}/show`}>
                  {translate('summitdesk.shipments.banner_line', { tag: line.tag })}
                </Link>{' '}
                · {line.description}
              </TableCell>
              <TableCell align="right">1</TableCell>
              <TableCell>{line.condition ?? ''}</TableCell>
            </TableRow>
          ),
        )}
      </TableBody>
    </Table>
  );
};
