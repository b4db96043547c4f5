import { useMemo } from 'react';
import { AutocompleteInput, Create, ReferenceInput, SelectInput, SimpleForm, TextInput, type RaRecord } from 'react-admin';
import { CreateCommitteeSeatSchema, SeatRoles } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';

const lines = {
  format: (value?: string[]) => (value ?? []).join('\n'),
  parse: (value: string) =>
    value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
};

export const SeatCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateCommitteeSeatSchema), []);
  return (
    <Create redirect={(_resource?: string, _id?: unknown, seat?: Partial<RaRecord>) => `committees/${seat?.committeeId}/show`}>
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <ReferenceInput source="committeeId" reference="committees">
          <SelectInput optionText="name" isRequired />
        </ReferenceInput>
        <ReferenceInput source="userId" reference="users">
          <AutocompleteInput optionText="name" isRequired />
        </ReferenceInput>
        <SelectInput
          source="role"
          choices={SeatRoles.map((role) => ({ id: role, name: `summitdesk.cfp_program.committee.roles.${role}` }))}
          isRequired
        />
        <TextInput source="affiliation" helperText="summitdesk.cfp_program.committee.affiliation_help" />
        <TextInput source="trackPreferences" multiline format={lines.format} parse={lines.parse} />
      </SimpleForm>
    </Create>
  );
};
