import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import {
  CreateButton,
  DataTable,
  ExportButton,
  List,
  ReferenceField,
  SelectInput,
  SimpleList,
  TopToolbar,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { BoothShiftStatuses, type BoothShift } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { BoothShiftEmpty } from './BoothShiftEmpty';
import { BoothShiftStatusChip } from './BoothShiftStatusChip';
import { ShiftActionButtons } from './ShiftActionButtons';
import { formulaSafeExporter } from '../common/csvExport';
import { HistoryButton } from '../audit-log/HistoryButton';

const ListActions = () => (
  <TopToolbar>
    <CreateButton label="summitdesk.booth_shifts.volunteer" />
    <ExportButton />
  </TopToolbar>
);

const when = (shift: BoothShift) => `${shift.day} ${shift.startTime}–${shift.endTime} (${shift.timeZone.replace(/_/g, ' ')})`;

// Members see their own shifts and the rotas of the booths they can see; organizers see every shift.
export const BoothShiftList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const filters = [
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={BoothShiftStatuses.map((status) => ({
        id: status,
        name: translate(`summitdesk.statuses.booth-shift.${status}`, { _: humanize(status) }),
      }))}
    />,
    <SelectInput
      key="userId"
      source="userId"
      label="summitdesk.booth_shifts.mine"
      choices={identity ? [{ id: identity.id, name: identity.fullName ?? '' }] : []}
    />,
  ];
  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'day', order: 'ASC' }}
      perPage={25}
      empty={<BoothShiftEmpty />}
    >
      {isSmall ? (
        <SimpleList<BoothShift>
          primaryText={(shift) => `${shift.userName} · ${shift.boothName}`}
          secondaryText={when}
          tertiaryText={(shift) => <BoothShiftStatusChip status={shift.status} />}
          linkType={false}
        />
      ) : (
        <DataTable<BoothShift> bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="boothProposalId" label="summitdesk.booth_shifts.booth">
            <ReferenceField source="boothProposalId" reference="booth-proposals" link="show" />
          </DataTable.Col>
          <DataTable.Col source="userName" disableSort />
          <DataTable.Col source="day" render={when} />
          <DataTable.Col source="status">
            <BoothShiftStatusChip />
          </DataTable.Col>
          <DataTable.Col label={false}>
            <ShiftActionButtons />
            <HistoryButton entity="booth_shift" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
