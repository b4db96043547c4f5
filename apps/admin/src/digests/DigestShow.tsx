import type { FieldValues } from 'react-hook-form';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Box, Typography } from '@mui/material';
import {
  DateField,
  Form,
  Labeled,
  SaveButton,
  Show,
  TextInput,
  TopToolbar,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { DigestActionSchema, UpdateDigestSchema, type Digest, type DigestAction } from '@summitdesk/contracts';
import { HistoryAccordion } from '../audit-log/HistoryAccordion';
import { useNotifyError } from '../common/errors';
import { schemaResolver } from '../common/schemaResolver';
import { WorkflowActionButton } from '../common/WorkflowActionButton';
import { DigestPreview } from './DigestPreview';
import { DigestStatusChip } from './DigestStatusChip';

const allowed = (record: Digest): DigestAction[] => (record.status === 'draft' ? ['send'] : []);

const Actions = () => (
  <TopToolbar>
    <WorkflowActionButton<Digest, DigestAction>
      resource="digests"
      action="send"
      allowedActions={allowed}
      messages="summitdesk.digests"
      icon={<SendIcon />}
      dialog={(record, translate) => ({
        title: translate('summitdesk.digests.dialogs.send.title', { label: record.label }),
        content: translate('summitdesk.digests.dialogs.send.content', { smart_count: record.recipients }),
        schema: DigestActionSchema,
        keepLabel: 'summitdesk.digests.dialogs.keep',
        submitLabel: 'summitdesk.digests.actions.send',
        color: 'primary',
        children: <span />,
      })}
    />
  </TopToolbar>
);

// The organizer's intro, saved beside the composed sections; the preview follows.
const IntroForm = () => {
  const record = useRecordContext<Digest>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  if (!record || record.status !== 'draft') return null;
  return (
    <Form
      record={record}
      resolver={schemaResolver(UpdateDigestSchema)}
      onSubmit={(values: FieldValues) =>
        update(
          'digests',
          { id: record.id, data: { intro: values.intro, version: record.version }, previousData: record },
          {
            mutationMode: 'pessimistic',
            onSuccess: () => notify('summitdesk.digests.intro_saved', { type: 'success' }),
            onError: (error) => {
              notifyError(error);
            },
          },
        )
      }
    >
      <TextInput
        source="intro"
        label="summitdesk.digests.intro"
        multiline
        minRows={3}
        fullWidth
        helperText="summitdesk.digests.intro_help"
      />
      <SaveButton label="summitdesk.digests.save_intro" disabled={isPending} />
    </Form>
  );
};

const DigestBody = () => {
  const record = useRecordContext<Digest>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <Typography component="h1" variant="h5">
          {record.label} · {record.week}
        </Typography>
        <DigestStatusChip status={record.status} />
      </Box>
      {record.status === 'draft' ? (
        <Alert severity="info">{translate('summitdesk.digests.reaches', { smart_count: record.recipients })}</Alert>
      ) : (
        <Labeled label="resources.digests.fields.sentAt">
          <DateField source="sentAt" showTime />
        </Labeled>
      )}
      <IntroForm />
      <DigestPreview html={record.html} htmlDe={record.htmlDe} title={record.subject} />
      <HistoryAccordion entity="digest" />
    </Box>
  );
};

export const DigestShow = () => (
  <Show actions={<Actions />}>
    <DigestBody />
  </Show>
);
