import { useMemo } from 'react';
import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput } from 'react-admin';
import { CreateConflictSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';

// A reviewer declares a conflict with a person or with an organisation.
export const ConflictCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateConflictSchema as never), []);
  return (
    <Create redirect="list">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <ReferenceInput source="userId" reference="users">
          <AutocompleteInput optionText="name" helperText="summitdesk.cfp_program.committee.conflict_help" />
        </ReferenceInput>
        <TextInput source="organization" />
        <TextInput source="note" multiline />
      </SimpleForm>
    </Create>
  );
};
