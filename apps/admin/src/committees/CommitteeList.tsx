import { CreateButton, DataTable, ExportButton, List, ReferenceField, SimpleList, TopToolbar, usePermissions } from 'react-admin';
import type { Committee } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';
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

export const CommitteeList = () => {
  const isSmall = useSmallScreen();
  return (
    <List exporter={formulaSafeExporter} actions={<Actions />}>
      {isSmall ? (
        <SimpleList<Committee>
          primaryText={(committee) => committee.name}
          secondaryText={() => <ReferenceField source="eventId" reference="events" link={false} />}
          rowClick="show"
        />
      ) : (
        <DataTable<Committee> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="eventId">
            <ReferenceField source="eventId" reference="events" link={false} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
