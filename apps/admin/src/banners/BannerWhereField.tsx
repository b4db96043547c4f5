import { Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useRecordContext } from 'react-admin';
import type { Banner } from '@summitdesk/contracts';
import { BannerLocationChip } from './BannerLocationChip';

// Where the banner is, in one line: its location, and the event or parcel it is with.
export const BannerWhereField = (_props: { label?: string }) => {
  const record = useRecordContext<Banner>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <BannerLocationChip />
      {record.eventName && record.location !== 'warehouse' ? (
        <Link component={RouterLink} to={`/booth-proposals/${record.boothProposalId}/show`} onClick={(event) => event.stopPropagation()}>
          {record.eventName}
        </Link>
      ) : null}
      {record.shipmentId ? (
        <Link component={RouterLink} to={`/shipments/${record.shipmentId}/show`} onClick={(event) => event.stopPropagation()}>
          #{record.shipmentId}
        </Link>
      ) : null}
    </Typography>
  );
};
