import { useMemo } from 'react';
import { Edit, SimpleForm } from 'react-admin';
import { UpdateInventoryItemSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { InventoryItemFormInputs } from './InventoryItemFormInputs';
import { HistoryAccordion } from '../audit-log/HistoryAccordion';

export const InventoryItemEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateInventoryItemSchema), []);
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <InventoryItemFormInputs />
      </SimpleForm>
      <HistoryAccordion entity="inventory_item" />
    </Edit>
  );
};
