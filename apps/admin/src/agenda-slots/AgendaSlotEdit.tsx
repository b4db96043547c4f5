import { useMemo } from 'react';
import { Edit, SimpleForm } from 'react-admin';
import { UpdateAgendaSlotSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { AgendaSlotFormInputs } from './AgendaSlotFormInputs';
import { HistoryAccordion } from '../audit-log/HistoryAccordion';

export const AgendaSlotEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateAgendaSlotSchema as never), []);
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <AgendaSlotFormInputs />
      </SimpleForm>
      <HistoryAccordion entity="agenda_slot" />
    </Edit>
  );
};
