import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useGetMany, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { BoothProposal, InventoryItem } from '@summitdesk/contracts';
import { CountryField } from '../common/CountryField';
import { describeTimeZone, formatDateRange } from '../common/dates';
import { MoneyText } from './MoneyText';

const SupportCard = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: 1, minWidth: 220 }}>
      <CardContent>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

const Line = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body2">{children}</Typography>
  </Box>
);

// The proposal read as a page: the event, the pitch, and the three support lines as three cards.
export const BoothProposalDetails = (_props: { label?: false }) => {
  const record = useRecordContext<BoothProposal>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: items } = useGetMany<InventoryItem & { id: number }>(
    'inventory-items',
    { ids: record?.materials.map((line) => line.itemId) ?? [] },
    { enabled: Boolean(record?.materials.length) },
  );
  if (!record) return null;
  const event = record.event ?? record.newEvent;
  const field = (name: string) => translate(`resources.booth-proposals.fields.${name}`);
  const address = record.shippingAddress;
  return (
    <Stack spacing={2} sx={{ py: 1 }}>
      {record.reviewNote ? (
        <Alert
          severity={record.status === 'rejected' || record.status === 'cancelled' ? 'error' : 'info'}
        >{`${translate('summitdesk.booth_proposals.review_note')}: ${record.reviewNote}`}</Alert>
      ) : null}
      {event ? (
        <Box>
          <Typography component="h2" variant="h6">
            {event.name}
            {record.newEvent ? <Chip size="small" label={field('newEvent')} sx={{ ml: 1 }} /> : null}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {formatDateRange(event.startDate, event.endDate, locale)} · {describeTimeZone(event.timeZone, locale, event.startDate)}
            {event.city ? ` · ${event.city}` : ''}
          </Typography>
        </Box>
      ) : null}
      <Box>
        <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
          {record.pitch}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {`${field('proposerName')}: ${record.proposerName}`}
          {record.expectedAttendance !== null
            ? ` · ${field('expectedAttendance')}: ${record.expectedAttendance.toLocaleString(locale)}`
            : ''}
        </Typography>
        {record.staffingPlan ? (
          <Typography
            variant="body2"
            sx={{ mt: 1, whiteSpace: 'pre-wrap' }}
          >{`${field('staffingPlan')}: ${record.staffingPlan}`}</Typography>
        ) : null}
      </Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <SupportCard title="summitdesk.booth_proposals.sections.fee">
          <Line label={translate('summitdesk.booth_proposals.asked')}>
            <MoneyText amount={record.feeRequested} currency={record.currency} />
          </Line>
          <Line label={translate('summitdesk.booth_proposals.approved')}>
            <MoneyText amount={record.feeApproved} currency={record.approvedCurrency} />
          </Line>
          {record.exchangeRate && record.approvedCurrency ? (
            <Typography variant="caption" color="text.secondary">
              {translate('summitdesk.booth_proposals.rate', {
                from: record.currency,
                rate: Number(record.exchangeRate),
                to: record.approvedCurrency,
              })}
            </Typography>
          ) : null}
          {record.overBudgetReason ? (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {translate('summitdesk.booth_proposals.over_budget', { reason: record.overBudgetReason })}
            </Alert>
          ) : null}
        </SupportCard>
        <SupportCard title="summitdesk.booth_proposals.sections.materials">
          {record.materials.length === 0 ? <Typography variant="body2">—</Typography> : null}
          {record.materials.map((line) => {
            const item = items?.find((candidate) => candidate.id === line.itemId);
            return (
              <Line key={line.itemId} label={item ? `${item.name} (${item.sku})` : `#${line.itemId}`}>
                {line.quantityApproved === null
                  ? `${line.quantity} ${item?.unit ?? ''}`
                  : translate('summitdesk.booth_proposals.approved_of', { approved: line.quantityApproved, asked: line.quantity })}
              </Line>
            );
          })}
        </SupportCard>
        <SupportCard title="summitdesk.booth_proposals.sections.banner">
          <Typography variant="body2">{translate(`summitdesk.booth_proposals.banners.${record.banner}`)}</Typography>
          {record.bannerApproved !== null ? (
            <Typography variant="body2" color={record.bannerApproved ? 'success.main' : 'error.main'}>
              {`${field('bannerApproved')}: ${translate(record.bannerApproved ? 'ra.boolean.true' : 'ra.boolean.false')}`}
            </Typography>
          ) : null}
        </SupportCard>
      </Stack>
      <Box>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate('summitdesk.booth_proposals.sections.logistics')}
        </Typography>
        {address ? (
          <Typography component="address" variant="body2" sx={{ fontStyle: 'normal' }}>
            {[address.name, address.line1, address.line2, [address.postalCode, address.city].filter(Boolean).join(' '), address.region]
              .filter(Boolean)
              .join(', ')}
            , <CountryField source="shippingAddress.country" />
          </Typography>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('summitdesk.booth_proposals.private_hidden')}
          </Typography>
        )}
        {record.neededBy ? (
          <Typography variant="body2">{`${field('neededBy')}: ${formatDateRange(record.neededBy, null, locale)}`}</Typography>
        ) : null}
        {record.receivingWindow ? (
          <Typography variant="body2">
            {`${field('receivingWindow')}: ` + `${formatDateRange(record.receivingWindow.from, record.receivingWindow.to, locale)}`}
          </Typography>
        ) : null}
      </Box>
    </Stack>
  );
};
