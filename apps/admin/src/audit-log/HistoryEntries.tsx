import { List as MuiList, ListItem, ListItemIcon, Typography } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import { Pagination, RecordContextProvider, useListContext, useTranslate, type RaRecord } from 'react-admin';
import type { AuditEntry } from '@summitdesk/contracts';
import { AuditEntryText } from './AuditEntryText';
import { AuditNamesProvider } from './AuditNamesContext';

// The entries of the surrounding audit-log list as a timeline, with loading, error and empty states.
export const HistoryEntries = ({ record }: { record?: RaRecord }) => {
  const { data, isPending, error, total } = useListContext<AuditEntry>();
  const translate = useTranslate();
  if (isPending) {
    return (
      <Typography variant="body2" color="text.secondary" role="status">
        {translate('summitdesk.common.loading')}
      </Typography>
    );
  }
  if (error) {
    return (
      <Typography variant="body2" color="error" role="alert">
        {translate('summitdesk.common.load_error')}
      </Typography>
    );
  }
  if (!data?.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('summitdesk.audit.no_history')}
      </Typography>
    );
  }
  return (
    <AuditNamesProvider entries={data} record={record}>
      <MuiList aria-label={translate('summitdesk.audit.history_label')} dense disablePadding>
        {data.map((entry) => (
          <RecordContextProvider key={entry.id} value={entry}>
            <ListItem alignItems="flex-start" disableGutters divider>
              <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }} aria-hidden="true">
                <HistoryIcon fontSize="small" />
              </ListItemIcon>
              <AuditEntryText />
            </ListItem>
          </RecordContextProvider>
        ))}
      </MuiList>
      {total != null && total > data.length ? <Pagination rowsPerPageOptions={[]} /> : null}
    </AuditNamesProvider>
  );
};
