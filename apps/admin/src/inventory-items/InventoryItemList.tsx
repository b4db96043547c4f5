import { BooleanInput, CreateButton, DataTable, ExportButton, List, SearchInput, SimpleList, TopToolbar, useTranslate } from 'react-admin';
import type { InventoryItem } from '@summitdesk/contracts';
import { RestockButton } from './RestockButton';
import { StockField } from './StockField';
import { formulaSafeExporter } from '../common/csvExport';
import { useSmallScreen } from '../common/useSmallScreen';

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

// Off means no filter, not the opposite filter.
const onlyWhenOn = (value: boolean) => (value ? true : undefined);

export const InventoryItemList = () => {
  const translate = useTranslate();
  const isSmall = useSmallScreen();
  return (
    <List
      exporter={formulaSafeExporter}
      filters={[
        <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.inventory_items.search')} />,
        <BooleanInput key="alerts" source="belowReorderLevel" label="summitdesk.stock.alert" alwaysOn parse={onlyWhenOn} />,
      ]}
      actions={<ListActions />}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
    >
      {isSmall ? (
        <SimpleList<InventoryItem>
          primaryText={(item) => `${item.sku} · ${item.name}`}
          secondaryText={() => <StockField />}
          tertiaryText={() => <RestockButton />}
          rowClick="edit"
        />
      ) : (
        <DataTable<InventoryItem> rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="sku" />
          <DataTable.Col source="name" />
          <DataTable.Col source="unit" disableSort />
          <DataTable.Col source="onHand" label="summitdesk.stock.on_hand">
            <StockField />
          </DataTable.Col>
          <DataTable.Col label="summitdesk.stock.restock" disableSort>
            <RestockButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
