import { Alert, Box, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import {
  DateField,
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useGetIdentity,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { HideContestEntrySchema, type ContestEntry } from '@summitdesk/contracts';
import { HistoryTab } from '../audit-log/HistoryTab';
import { WorkflowActionButton, type WorkflowDialog } from '../common/WorkflowActionButton';
import { ContestEntryStatusChip } from './ContestEntryStatusChip';
import { allowedEntryActions } from './allowedEntryActions';
import { dateTimeOptions } from '../common/dates';

const AuthorEditButton = () => {
  const record = useRecordContext<ContestEntry>();
  const { identity } = useGetIdentity();
  if (!record || identity?.id !== record.authorId || record.status === 'hidden') return null;
  return <EditButton />;
};

// Hiding asks for the reason, which the author receives by e-mail.
const hideDialog = (record: ContestEntry, translate: (key: string, options?: object) => string): WorkflowDialog => ({
  title: translate('summitdesk.contest_entries.hide_dialog.title', { title: record.title }),
  content: 'summitdesk.contest_entries.hide_dialog.content',
  schema: HideContestEntrySchema,
  required: true,
  reasonLabel: 'summitdesk.contest_entries.hide_dialog.reason',
  helperText: 'summitdesk.contest_entries.hide_dialog.reason_help',
  keepLabel: 'summitdesk.contest_entries.hide_dialog.keep',
  submitLabel: 'summitdesk.contest_entries.hide_dialog.submit',
});

const EntryActions = () => (
  <TopToolbar>
    <WorkflowActionButton
      resource="contest-entries"
      action="approve"
      allowedActions={allowedEntryActions}
      icon={<CheckIcon />}
      color="success"
    />
    <WorkflowActionButton
      resource="contest-entries"
      action="hide"
      allowedActions={allowedEntryActions}
      icon={<VisibilityOffIcon />}
      color="error"
      dialog={hideDialog}
    />
    <AuthorEditButton />
  </TopToolbar>
);

const EntryDetails = (_props: { label?: false }) => {
  const record = useRecordContext<ContestEntry>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' } }}>
      <Box>
        {record.artworkUrl ? (
          <Box component="a" href={record.artworkUrl} target="_blank" rel="noopener">
            <Box
              component="img"
              src={record.artworkUrl}
              alt={record.title}
              sx={{ maxWidth: '100%', maxHeight: 480, bgcolor: 'grey.100', borderRadius: 1 }}
            />
          </Box>
        ) : (
          <Typography color="text.secondary">{translate('summitdesk.contest_entries.no_artwork')}</Typography>
        )}
      </Box>
      <Box sx={{ display: 'grid', gap: 1.5, alignContent: 'start', justifyItems: 'start' }}>
        {record.status === 'hidden' && record.hiddenReason ? (
          <Alert severity="warning">{translate('summitdesk.contest_entries.hidden_because', { reason: record.hiddenReason })}</Alert>
        ) : null}
        <Labeled source="status">
          <ContestEntryStatusChip />
        </Labeled>
        <Labeled source="contestId">
          <ReferenceField source="contestId" reference="contests" link="show" />
        </Labeled>
        <Labeled source="authorName">
          <TextField source="authorName" />
        </Labeled>
        <Labeled source="description">
          <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
        </Labeled>
        <Labeled source="license">
          <Typography variant="body2">
            {translate('summitdesk.contest_entries.license_recorded', {
              license: record.license,
              date: new Date(record.licenseAcceptedAt).toLocaleDateString(locale),
            })}
          </Typography>
        </Labeled>
        {record.votes !== null ? (
          <Labeled source="votes">
            <TextField source="votes" />
          </Labeled>
        ) : null}
        <Labeled source="createdAt">
          <DateField source="createdAt" showTime options={dateTimeOptions} />
        </Labeled>
      </Box>
    </Box>
  );
};

export const ContestEntryShow = () => {
  const { canAccess: canSeeHistory } = useCanAccess({ resource: 'audit-log', action: 'list' });
  return (
    <Show actions={<EntryActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="summitdesk.contests.tabs.details">
          <EntryDetails label={false} />
        </TabbedShowLayout.Tab>
        {canSeeHistory ? (
          <TabbedShowLayout.Tab label="summitdesk.contests.tabs.history" path="history">
            <HistoryTab entity="contest_entry" label={false} />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};
