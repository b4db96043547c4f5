import { useMemo } from 'react';
import { Edit, SimpleForm } from 'react-admin';
import { UpdateCfpSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { CfpFormInputs } from './CfpFormInputs';

export const CfpEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateCfpSchema as never), []);
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <CfpFormInputs />
      </SimpleForm>
    </Edit>
  );
};
