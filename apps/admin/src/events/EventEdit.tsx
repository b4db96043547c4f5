import { useMemo } from 'react';
import { Edit, SimpleForm } from 'react-admin';
import { UpdateEventSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { EventFormInputs } from './EventFormInputs';

// Pessimistic: the PUT carries the version, so a stale page gets the server's 409 message, not a silent undo.
export const EventEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateEventSchema), []);
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm resolver={resolver} mode="onChange" warnWhenUnsavedChanges noValidate>
        <EventFormInputs />
      </SimpleForm>
    </Edit>
  );
};
