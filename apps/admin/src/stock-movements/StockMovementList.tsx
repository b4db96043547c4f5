import {
  DataTable,
  DateField,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  SimpleList,
  useTranslate,
} from 'react-admin';
import { StockMovementKinds, type StockMovement } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';
import { useSmallScreen } from '../common/useSmallScreen';
import { dateTimeOptions } from '../common/dates';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

// Every change of stock, newest first: who moved what and why.
export const StockMovementList = () => {
  const translate = useTranslate();
  const isSmall = useSmallScreen();
  const filters = [
    <ReferenceInput key="itemId" source="itemId" reference="inventory-items" alwaysOn>
      <AutocompleteInput optionText={(item: { sku: string; name: string }) => `${item.sku} · ${item.name}`} />
    </ReferenceInput>,
    <SelectInput
      key="kind"
      source="kind"
      choices={StockMovementKinds.map((kind) => ({ id: kind, name: translate(`summitdesk.stock.kinds.${kind}`) }))}
      alwaysOn
    />,
  ];
  return (
    <List exporter={formulaSafeExporter} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={50} empty={false}>
      {isSmall ? (
        <SimpleList<StockMovement>
          primaryText={() => <ReferenceField source="itemId" reference="inventory-items" link={false} />}
          secondaryText={(movement) =>
            `${translate(`summitdesk.stock.kinds.${movement.kind}`)} · ${signed(movement.onHandDelta)}` +
            (movement.reservedDelta ? ` (${signed(movement.reservedDelta)})` : '')
          }
          tertiaryText={(movement) => [movement.actorName, movement.note].filter(Boolean).join(' · ')}
          rowClick={false}
        />
      ) : (
        <DataTable<StockMovement> bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="createdAt">
            <DateField source="createdAt" showTime options={dateTimeOptions} />
          </DataTable.Col>
          <DataTable.Col source="itemId" disableSort>
            <ReferenceField source="itemId" reference="inventory-items" link="edit" />
          </DataTable.Col>
          <DataTable.Col source="kind" disableSort>
            <FunctionField<StockMovement> render={(movement) => translate(`summitdesk.stock.kinds.${movement.kind}`)} />
          </DataTable.Col>
          <DataTable.Col source="onHandDelta" disableSort>
            <FunctionField<StockMovement> render={(movement) => signed(movement.onHandDelta)} />
          </DataTable.Col>
          <DataTable.Col source="reservedDelta" disableSort>
            <FunctionField<StockMovement> render={(movement) => signed(movement.reservedDelta)} />
          </DataTable.Col>
          <DataTable.Col source="shipmentId" disableSort>
            <ReferenceField source="shipmentId" reference="shipments" link="show" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="actorName" disableSort />
          <DataTable.Col source="note" disableSort />
        </DataTable>
      )}
    </List>
  );
};
