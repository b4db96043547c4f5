import { CreateButton, DataTable, List, TopToolbar, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { Budget } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <Typography variant="h6" component="p">
        {translate('summitdesk.budgets.empty')}
      </Typography>
      <CreateButton variant="contained" sx={{ mt: 2 }} />
    </Box>
  );
};

export const BudgetList = () => (
  <List
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    sort={{ field: 'year', order: 'DESC' }}
    empty={<Empty />}
    exporter={false}
  >
    <DataTable<Budget> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="year" />
      <DataTable.Col source="currency" />
      <DataTable.Col
        source="amount"
        align="right"
        disableSort
        render={(budget) => <MoneyText amount={budget.amount} currency={budget.currency} />}
      />
      <DataTable.Col source="note" disableSort />
    </DataTable>
  </List>
);
