import {
  CreateButton,
  DataTable,
  ExportButton,
  List,
  ReferenceField,
  SimpleList,
  TopToolbar,
  useLocaleState,
  usePermissions,
} from 'react-admin';
import type { Cfp } from '@summitdesk/contracts';
import { CfpStateChip } from './CfpStateChip';
import { formulaSafeExporter } from '../common/csvExport';
import { describeZonedInstant } from '../common/dates';
import { ZonedInstantField } from '../common/ZonedInstantField';
import { useSmallScreen } from '../common/useSmallScreen';

const Actions = () => {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      {permissions === 'organizer' ? <CreateButton /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

export const CfpList = () => {
  const isSmall = useSmallScreen();
  const [locale] = useLocaleState();
  return (
    <List exporter={formulaSafeExporter} actions={<Actions />} sort={{ field: 'closesAt', order: 'DESC' }}>
      {isSmall ? (
        <SimpleList<Cfp>
          primaryText={(cfp) => cfp.title}
          secondaryText={(cfp) => describeZonedInstant(cfp.closesAt, cfp.timeZone, locale).announced}
          tertiaryText={() => <CfpStateChip />}
          rowClick="show"
        />
      ) : (
        <DataTable<Cfp> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="eventId">
            <ReferenceField source="eventId" reference="events" link={false} />
          </DataTable.Col>
          <DataTable.Col source="title" />
          <DataTable.Col source="opensAt">
            <ZonedInstantField source="opensAt" />
          </DataTable.Col>
          <DataTable.Col source="closesAt">
            <ZonedInstantField source="closesAt" />
          </DataTable.Col>
          <DataTable.Col source="state" disableSort>
            <CfpStateChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
