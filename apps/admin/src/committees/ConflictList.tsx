import { Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateField,
  DeleteButton,
  ExportButton,
  List,
  SimpleList,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Conflict } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';
import { useSmallScreen } from '../common/useSmallScreen';
import { HistoryButton } from '../audit-log/HistoryButton';

// Once review is under way a reviewer may no longer take back a conflict (removing one would show
// which talks come back); the API says per row whether this viewer may.
const RemoveConflictButton = () => {
  const conflict = useRecordContext<Conflict>();
  const translate = useTranslate();
  if (!conflict) return null;
  if (!conflict.viewerMayRemove) {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate('summitdesk.cfp_program.committee.conflict_locked')}
      </Typography>
    );
  }
  return <DeleteButton mutationMode="pessimistic" redirect={false} />;
};

export const ConflictList = () => {
  const isSmall = useSmallScreen();
  return (
    <List
      exporter={formulaSafeExporter}
      actions={
        <TopToolbar>
          <CreateButton label="summitdesk.cfp_program.committee.declare" />
          <ExportButton />
        </TopToolbar>
      }
    >
      {isSmall ? (
        <SimpleList<Conflict>
          primaryText={(conflict) =>
            `${conflict.reviewerName} ↔ ${conflict.userName ?? conflict.organization ?? conflict.submissionTitle ?? ''}`
          }
          secondaryText={(conflict) => conflict.note ?? ''}
          tertiaryText={() => <RemoveConflictButton />}
          rowClick={false}
        />
      ) : (
        <DataTable<Conflict> bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="reviewerId">
            <TextField source="reviewerName" />
          </DataTable.Col>
          <DataTable.Col source="userId">
            <TextField source="userName" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="organization" />
          <DataTable.Col source="submissionTitle" disableSort>
            <TextField source="submissionTitle" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="note" />
          <DataTable.Col source="declaredByName" disableSort>
            <TextField source="declaredByName" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="createdAt">
            <DateField source="createdAt" />
          </DataTable.Col>
          <DataTable.Col>
            <HistoryButton entity="conflict" />
            <RemoveConflictButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
