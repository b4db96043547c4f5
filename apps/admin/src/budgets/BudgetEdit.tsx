import { useMemo } from 'react';
import { Edit, SimpleForm } from 'react-admin';
import { UpdateBudgetSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { BudgetFormInputs } from './BudgetFormInputs';

export const BudgetEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateBudgetSchema), []);
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <BudgetFormInputs creating={false} />
      </SimpleForm>
    </Edit>
  );
};
