import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import type { Shipment } from '@summitdesk/contracts';
import { countryName } from '../common/countries';

// The ship-to address as one block, the way it goes on the label.
export const AddressBlock = (_props: { label?: string }) => {
  const record = useRecordContext<Shipment>();
  const [locale] = useLocaleState();
  const to = record?.shipTo;
  if (!to) return <Typography variant="body2">—</Typography>;
  return (
    <Typography component="address" variant="body2" sx={{ fontStyle: 'normal' }}>
      {to.name}
      <br />
      {to.line1}
      {to.line2 ? (
        <>
          <br />
          {to.line2}
        </>
      ) : null}
      <br />
      {[to.postalCode, to.city].filter(Boolean).join(' ')}
      {to.region ? `, ${to.region}` : ''}
      <br />
      {countryName(to.country, locale)}
      {to.phone ? (
        <>
          <br />☎ {to.phone}
        </>
      ) : null}
    </Typography>
  );
};
