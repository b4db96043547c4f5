import { CreateButton, DataTable, ExportButton, List, SimpleList, TopToolbar, useLocaleState, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { formatMoney, type Budget } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';
import { formulaSafeExporter } from '../common/csvExport';
import { useSmallScreen } from '../common/useSmallScreen';

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

export const BudgetList = () => {
  const isSmall = useSmallScreen();
  const [locale] = useLocaleState();
  return (
    <List
      actions={
        <TopToolbar>
          <CreateButton />
          <ExportButton />
        </TopToolbar>
      }
      sort={{ field: 'year', order: 'DESC' }}
      empty={<Empty />}
      exporter={formulaSafeExporter}
    >
      {isSmall ? (
        <SimpleList<Budget>
          primaryText={(budget) => String(budget.year)}
          secondaryText={(budget) => formatMoney(budget.amount, budget.currency, locale)}
          tertiaryText={(budget) => budget.note ?? ''}
          rowClick="show"
        />
      ) : (
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
      )}
    </List>
  );
};
