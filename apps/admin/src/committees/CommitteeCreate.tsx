import { useMemo } from 'react';
import { Create, ReferenceInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { CreateCommitteeSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';

export const CommitteeCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateCommitteeSchema), []);
  return (
    <Create redirect="show">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <ReferenceInput source="eventId" reference="events" filter={{ kind: 'summit' }}>
          <SelectInput optionText="name" isRequired />
        </ReferenceInput>
        <TextInput source="name" isRequired />
      </SimpleForm>
    </Create>
  );
};
