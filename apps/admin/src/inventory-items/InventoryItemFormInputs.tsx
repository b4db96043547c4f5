import { NumberInput, TextInput } from 'react-admin';

// The catalogue entry is what the item is, and when to reorder it; stock moves only by restock and parcels.
export const InventoryItemFormInputs = () => (
  <>
    <TextInput source="sku" isRequired helperText="FLY-XEN" parse={(value: string) => value.toUpperCase()} />
    <TextInput source="name" isRequired />
    <TextInput source="unit" isRequired helperText="piece, sheet, disc…" />
    <NumberInput source="reorderLevel" label="summitdesk.stock.reorder_level" min={0} step={1} defaultValue={0} />
  </>
);
