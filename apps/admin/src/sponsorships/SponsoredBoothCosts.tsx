import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ReferenceField, RecordContextProvider, useTranslate } from 'react-admin';
import { MoneyText } from '../booth-proposals/MoneyText';
import { useBudgetSummary } from '../budgets/useBudgetFigures';
import { useBoothSponsors } from './useBoothSponsors';

// Booths with sponsorship income in this budget, each with approved − sponsored as the API counts it
// in the budget summary; the sponsors' names come from the booth's own sponsor figures.
export const SponsoredBoothCosts = ({ budgetId }: { budgetId: number }) => {
  const translate = useTranslate();
  const { data } = useBudgetSummary(budgetId);
  if (!data) return null;
  const booths = data.sponsoredBooths ?? [];
  if (booths.length === 0) return <Typography variant="body2">{translate('summitdesk.sponsorships.budget.none')}</Typography>;
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
        {booths.map((booth) => (
          <TableRow key={booth.boothProposalId}>
            <TableCell>
              <RecordContextProvider value={{ id: booth.boothProposalId, boothProposalId: booth.boothProposalId }}>
                <ReferenceField source="boothProposalId" reference="booth-proposals" link="show" />
              </RecordContextProvider>
            </TableCell>
            <TableCell>
              <BoothSponsorNames boothProposalId={booth.boothProposalId} />
            </TableCell>
            <TableCell align="right">
              <MoneyText amount={booth.approved} currency={data.currency} />
            </TableCell>
            <TableCell align="right">
              <MoneyText amount={booth.sponsored} currency={data.currency} />
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>
              <MoneyText amount={booth.costToProgram} currency={data.currency} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const BoothSponsorNames = ({ boothProposalId }: { boothProposalId: number }) => {
  const { data } = useBoothSponsors(boothProposalId);
  return <>{data?.sponsors.map((sponsor) => sponsor.name).join(', ') || '—'}</>;
};
