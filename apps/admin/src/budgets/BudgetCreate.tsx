import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { CreateBudgetSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { BudgetFormInputs } from './BudgetFormInputs';

export const BudgetCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateBudgetSchema), []);
  return (
    <Create redirect="show">
      <SimpleForm resolver={resolver} mode="onChange" defaultValues={{ year: new Date().getFullYear() + 1, currency: 'USD' }} noValidate>
        <BudgetFormInputs creating />
      </SimpleForm>
    </Create>
  );
};
