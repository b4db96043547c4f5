import {
  CreateButton,
  DataTable,
  DateField,
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
import { formatInstant } from '../common/dates';
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
          secondaryText={(cfp) => `${formatInstant(cfp.opensAt, locale)} – ${formatInstant(cfp.closesAt, locale)}`}
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
            <DateField source="opensAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="closesAt">
            <DateField source="closesAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="state" disableSort>
            <CfpStateChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
