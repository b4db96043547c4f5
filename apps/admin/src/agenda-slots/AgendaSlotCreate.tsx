import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { CreateAgendaSlotSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { AgendaSlotFormInputs } from './AgendaSlotFormInputs';

export const AgendaSlotCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateAgendaSlotSchema as never), []);
  return (
    <Create redirect="list">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <AgendaSlotFormInputs creating />
      </SimpleForm>
    </Create>
  );
};
