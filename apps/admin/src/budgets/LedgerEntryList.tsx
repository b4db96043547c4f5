import {
  CreateButton,
  DataTable,
  ExportButton,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatMoney, LedgerKinds, type LedgerEntry } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';
import { LedgerKindChip } from './LedgerKindChip';
import { formulaSafeExporter } from '../common/csvExport';
import { useSmallScreen } from '../common/useSmallScreen';

// The whole ledger across budgets: read and add only; there is no edit or delete.
export const LedgerEntryList = () => {
  const translate = useTranslate();
  const isSmall = useSmallScreen();
  const [locale] = useLocaleState();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput
      key="kind"
      source="kind"
      choices={LedgerKinds.map((kind) => ({ id: kind, name: translate(`summitdesk.budgets.kinds.${kind}`) }))}
    />,
  ];
  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      actions={
        <TopToolbar>
          <CreateButton label="summitdesk.budgets.record_entry" />
          <ExportButton />
        </TopToolbar>
      }
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={50}
    >
      {isSmall ? (
        <SimpleList<LedgerEntry>
          primaryText={(entry) =>
            `${translate(`summitdesk.budgets.kinds.${entry.kind}`)} · ${formatMoney(entry.amount, entry.currency, locale)}`
          }
          secondaryText={(entry) => entry.memo ?? ''}
          tertiaryText={(entry) => entry.createdAt.slice(0, 10)}
          rowClick={false}
        />
      ) : (
        <DataTable<LedgerEntry> bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="createdAt" render={(entry) => entry.createdAt.slice(0, 10)} />
          <DataTable.Col source="budgetId">
            <ReferenceField source="budgetId" reference="budgets" link="show" />
          </DataTable.Col>
          <DataTable.Col source="kind" disableSort render={(entry) => <LedgerKindChip kind={entry.kind} />} />
          <DataTable.Col source="amount" align="right" render={(entry) => <MoneyText amount={entry.amount} currency={entry.currency} />} />
          <DataTable.Col source="boothProposalId" disableSort>
            <ReferenceField source="boothProposalId" reference="booth-proposals" link="show" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="memo" disableSort />
        </DataTable>
      )}
    </List>
  );
};
