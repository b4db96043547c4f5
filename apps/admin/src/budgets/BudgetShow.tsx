import { Box, Button as MuiButton, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  DataTable,
  EditButton,
  Link,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Budget, LedgerEntry } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';
import { BudgetSummaryTiles } from './BudgetSummaryTiles';
import { BurnDownChart } from './BurnDownChart';
import { LedgerKindChip } from './LedgerKindChip';
import { SponsoredBoothCosts } from '../sponsorships/SponsoredBoothCosts';
import { HistoryAccordion } from '../audit-log/HistoryAccordion';

const BudgetPage = () => {
  const record = useRecordContext<Budget & { id: number }>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Stack spacing={3} sx={{ p: 2 }}>
      <Typography component="h1" variant="h5">{`${translate('summitdesk.budgets.menu')} ${record.year} (${record.currency})`}</Typography>
      <BudgetSummaryTiles budgetId={record.id} />
      <Box component="section" aria-label={translate('summitdesk.budgets.burn_down')}>
        <Typography component="h2" variant="h6">
          {translate('summitdesk.budgets.burn_down')}
        </Typography>
        <BurnDownChart budgetId={record.id} currency={record.currency} year={record.year} amount={record.amount} />
      </Box>
      <Box component="section" aria-label={translate('summitdesk.sponsorships.budget.booth_costs')}>
        <Typography component="h2" variant="h6">
          {translate('summitdesk.sponsorships.budget.booth_costs')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('summitdesk.sponsorships.budget.booth_costs_help')}
        </Typography>
        <SponsoredBoothCosts budgetId={record.id} />
      </Box>
      <Box component="section" aria-label={translate('summitdesk.budgets.ledger')}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography component="h2" variant="h6">
            {translate('summitdesk.budgets.ledger')}
          </Typography>
          <MuiButton
            component={Link}
            startIcon={<AddIcon />}
            to={{
              pathname: createPath({ resource: 'ledger-entries', type: 'create' }),
              search: `?source=${encodeURIComponent(JSON.stringify({ budgetId: record.id, currency: record.currency }))}`,
            }}
          >
            {translate('summitdesk.budgets.record_entry')}
          </MuiButton>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate('summitdesk.budgets.ledger_help')}
        </Typography>
        <ReferenceManyField
          reference="ledger-entries"
          target="budgetId"
          sort={{ field: 'createdAt', order: 'DESC' }}
          perPage={25}
          pagination={<Pagination />}
        >
          <DataTable<LedgerEntry>
            bulkActionButtons={false}
            rowClick={false}
            empty={<Typography variant="body2">{translate('summitdesk.budgets.no_entries')}</Typography>}
          >
            <DataTable.Col source="createdAt" render={(entry) => entry.createdAt.slice(0, 10)} />
            <DataTable.Col source="kind" disableSort render={(entry) => <LedgerKindChip kind={entry.kind} />} />
            <DataTable.Col
              source="amount"
              align="right"
              render={(entry) => <MoneyText amount={entry.amount} currency={entry.currency} />}
            />
            <DataTable.Col source="boothProposalId" disableSort>
              <ReferenceField source="boothProposalId" reference="booth-proposals" link="show" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="memo" disableSort />
          </DataTable>
        </ReferenceManyField>
      </Box>
      <HistoryAccordion entity="budget" />
    </Stack>
  );
};

export const BudgetShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    component="div"
  >
    <BudgetPage />
  </Show>
);
