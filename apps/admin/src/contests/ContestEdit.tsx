import { useMemo } from 'react';
import { Edit, SimpleForm } from 'react-admin';
import { UpdateContestSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { ContestFormInputs } from './ContestFormInputs';

// Pessimistic: the PUT carries the version, so a stale page gets the server's 409 message.
export const ContestEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateContestSchema), []);
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm resolver={resolver} mode="onChange" warnWhenUnsavedChanges noValidate>
        <ContestFormInputs />
      </SimpleForm>
    </Edit>
  );
};
