import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ReferenceField, RecordContextProvider, useGetList, useTranslate } from 'react-admin';
import type { LedgerEntry } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';
import { useBoothSponsors } from './useBoothSponsors';

// Booths whose sponsorship money landed in this budget, each with approved − sponsored as the API
// counts it. The ledger names the booth on every sponsorship row, so it says which booths to show.
export const SponsoredBoothCosts = ({ budgetId }: { budgetId: number }) => {
  const translate = useTranslate();
  const { data: entries } = useGetList<LedgerEntry>('ledger-entries', {
    filter: { budgetId, kind: 'sponsorship' satisfies LedgerEntry['kind'] },
    sort: { field: 'createdAt', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  const boothIds = [...new Set((entries ?? []).map((entry) => entry.boothProposalId).filter((id): id is number => id != null))];
  if (!entries) return null;
  if (boothIds.length === 0) return <Typography variant="body2">{translate('summitdesk.sponsorships.budget.none')}</Typography>;
  return (
    <Table size="small" aria-label={translate('summitdesk.sponsorships.budget.booth_costs')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('summitdesk.sponsorships.budget.booth')}</TableCell>
          <TableCell>{translate('summitdesk.sponsorships.budget.sponsors')}</TableCell>
          <TableCell align="right">{translate('summitdesk.sponsorships.budget.approved')}</TableCell>
          <TableCell align="right">{translate('summitdesk.sponsorships.budget.sponsored')}</TableCell>
          <TableCell align="right">{translate('summitdesk.sponsorships.budget.cost_to_program')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {boothIds.map((id) => (
          <BoothCostRow key={id} boothProposalId={id} />
        ))}
      </TableBody>
    </Table>
  );
};

const BoothCostRow = ({ boothProposalId }: { boothProposalId: number }) => {
  const { data } = useBoothSponsors(boothProposalId);
  return (
    <TableRow>
      <TableCell>
        <RecordContextProvider value={{ id: boothProposalId, boothProposalId }}>
          <ReferenceField source="boothProposalId" reference="booth-proposals" link="show" />
        </RecordContextProvider>
      </TableCell>
      <TableCell>{data ? data.sponsors.map((sponsor) => sponsor.name).join(', ') || '—' : '…'}</TableCell>
      <TableCell align="right">{data ? <MoneyText amount={data.approved} currency={data.currency} /> : '…'}</TableCell>
      <TableCell align="right">{data ? <MoneyText amount={data.sponsored} currency={data.currency} /> : '…'}</TableCell>
      <TableCell align="right" sx={{ fontWeight: 600 }}>
        {data ? <MoneyText amount={data.costToProgram} currency={data.currency} /> : '…'}
      </TableCell>
    </TableRow>
  );
};
