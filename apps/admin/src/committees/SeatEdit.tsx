import { useMemo } from 'react';
import { Edit, SelectInput, SimpleForm, TextInput, type RaRecord } from 'react-admin';
import { SeatRoles, UpdateCommitteeSeatSchema } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { HistoryAccordion } from '../audit-log/HistoryAccordion';

const lines = {
  format: (value?: string[]) => (value ?? []).join('\n'),
  parse: (value: string) =>
    value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
};

// Chairs change role and affiliation; members set their own preferred tracks.
export const SeatEdit = () => {
  const resolver = useMemo(() => schemaResolver(UpdateCommitteeSeatSchema), []);
  return (
    <Edit
      mutationMode="pessimistic"
      redirect={(_resource?: string, _id?: unknown, seat?: Partial<RaRecord>) => `committees/${seat?.committeeId}/show`}
    >
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <TextInput source="userName" disabled />
        <SelectInput
          source="role"
          choices={SeatRoles.map((role) => ({ id: role, name: `summitdesk.cfp_program.committee.roles.${role}` }))}
        />
        <TextInput source="affiliation" helperText="summitdesk.cfp_program.committee.affiliation_help" />
        <TextInput source="trackPreferences" multiline format={lines.format} parse={lines.parse} />
      </SimpleForm>
      <HistoryAccordion entity="committee_seat" />
    </Edit>
  );
};
