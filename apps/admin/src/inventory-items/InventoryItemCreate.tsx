import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { CreateInventoryItemSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { InventoryItemFormInputs } from './InventoryItemFormInputs';

export const InventoryItemCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateInventoryItemSchema), []);
  return (
    <Create redirect="list">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <InventoryItemFormInputs />
      </SimpleForm>
    </Create>
  );
};
