import {
  CreateButton,
  DataTable,
  DeleteButton,
  EditButton,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import type { Committee, CommitteeSeat } from '@summitdesk/contracts';
import { SeatChip } from './SeatChip';
import { HistoryAccordion } from '../audit-log/HistoryAccordion';
import { HistoryButton } from '../audit-log/HistoryButton';

const AddSeatButton = () => {
  const committee = useRecordContext<Committee>();
  if (!committee) return null;
  return (
    <CreateButton
      resource="committee-seats"
      label="summitdesk.cfp_program.committee.add_seat"
      state={{ record: { committeeId: committee.id, role: 'reviewer' } }}
    />
  );
};

// The committee as announced, and the seats chairs manage (the API refuses anyone else).
export const CommitteeShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" variant="h6" />
      <ReferenceField source="eventId" reference="events" link="show" />
      <AddSeatButton />
      <ReferenceManyField
        reference="committee-seats"
        target="committeeId"
        label="summitdesk.cfp_program.committee.seats"
        sort={{ field: 'userName', order: 'ASC' }}
        perPage={100}
      >
        <DataTable<CommitteeSeat> bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="userName" />
          <DataTable.Col source="affiliation" />
          <DataTable.Col source="role">
            <SeatChip />
          </DataTable.Col>
          <DataTable.Col source="trackPreferences" disableSort render={(seat) => seat.trackPreferences.join(', ')} />
          <DataTable.Col>
            <EditButton resource="committee-seats" />
            <DeleteButton resource="committee-seats" mutationMode="pessimistic" redirect={false} />
            <HistoryButton entity="committee_seat" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <HistoryAccordion entity="committee" />
    </SimpleShowLayout>
  </Show>
);
