import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { Datagrid, DateField, ExportButton, FunctionField, List, NumberField, SimpleList, TextField, TopToolbar } from 'react-admin';
import type { Digest } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';
import { ComposeNextWeekButton } from './ComposeNextWeekButton';
import { DigestStatusChip } from './DigestStatusChip';

const Actions = () => (
  <TopToolbar>
    <ComposeNextWeekButton />
    <ExportButton />
  </TopToolbar>
);

export const DigestList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List exporter={formulaSafeExporter} actions={<Actions />} sort={{ field: 'week', order: 'DESC' }} perPage={25}>
      {isSmall ? (
        <SimpleList<Digest>
          primaryText={(record) => `${record.label} · ${record.week}`}
          secondaryText={(record) => <DigestStatusChip status={record.status} />}
          rowClick="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="week" />
          <TextField source="label" sortable={false} />
          <FunctionField source="status" render={(record: Digest) => <DigestStatusChip status={record.status} />} />
          <DateField source="sentAt" showTime emptyText="—" />
          <NumberField source="recipients" sortable={false} emptyText="—" />
        </Datagrid>
      )}
    </List>
  );
};
