import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useGetMany, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import type { Sponsor, Sponsorship, SponsorshipPackage } from '@summitdesk/contracts';
import { formatInstant } from '../common/dates';
import { MoneyText } from '../booth-proposals/MoneyText';
import { SponsorshipStatusChip } from '../sponsorships/SponsorshipStatusChip';

// The company's sponsorships as receipts: what was paid, when, and the reference to quote.
export const MySponsorships = ({ sponsor }: { sponsor: Sponsor }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<Sponsorship>('sponsorships', {
    filter: { sponsorId: sponsor.id },
    sort: { field: 'createdAt', order: 'DESC' },
    pagination: { page: 1, perPage: 50 },
  });
  const { data: packages } = useGetMany<SponsorshipPackage>(
    'sponsorship-packages',
    { ids: [...new Set((data ?? []).map((row) => row.packageId))] },
    { enabled: Boolean(data?.length) },
  );
  const packageName = (id: number) => packages?.find((row) => row.id === id)?.name ?? `#${id}`;
  if (isPending) return null;
  if (!data || data.length === 0)
    return <Alert severity="info">{translate('summitdesk.sponsor_page.no_sponsorships', { name: sponsor.name })}</Alert>;
  return (
    <Table size="small" aria-label={translate('summitdesk.sponsor_page.receipts_of', { name: sponsor.name })}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('summitdesk.sponsor_page.receipt.number')}</TableCell>
          <TableCell>{translate('summitdesk.sponsor_page.receipt.package')}</TableCell>
          <TableCell>{translate('summitdesk.sponsor_page.receipt.status')}</TableCell>
          <TableCell align="right">{translate('summitdesk.sponsor_page.receipt.amount')}</TableCell>
          <TableCell>{translate('summitdesk.sponsor_page.receipt.paid_at')}</TableCell>
          <TableCell>{translate('summitdesk.sponsor_page.receipt.reference')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <Link component={RouterLink} to={`/sponsorships/${row.id}/show`}>
                #{row.id}
              </Link>
            </TableCell>
            <TableCell>{packageName(row.packageId)}</TableCell>
            <TableCell>
              <SponsorshipStatusChip status={row.status} />
            </TableCell>
            <TableCell align="right">
              <MoneyText amount={row.amount} currency={row.currency} />
              {row.amountRefunded ? (
                <Typography variant="caption" component="div" color="text.secondary">
                  {translate('summitdesk.sponsor_page.receipt.refunded')} <MoneyText amount={row.amountRefunded} currency={row.currency} />
                </Typography>
              ) : null}
            </TableCell>
            <TableCell>{row.paidAt ? formatInstant(row.paidAt, locale) : '—'}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }}>{row.paymentReference ?? row.stripePaymentIntentId ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
