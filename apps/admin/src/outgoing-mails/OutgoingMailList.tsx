import { Button, Chip } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { DataTable, List, SelectInput, SimpleList, TextInput, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { MailKinds, OutboxStatuses, type OutgoingMail } from '@summitdesk/contracts';
import { formulaSafeExporter } from '../common/csvExport';
import { formatInstant } from '../common/dates';
import { useRecordAction } from '../common/useRecordAction';
import { useSmallScreen } from '../common/useSmallScreen';

const STATUS_COLOR = { pending: 'default', sending: 'info', sent: 'success', failed: 'error', skipped: 'warning' } as const;

const StatusChip = ({ status }: { status: OutgoingMail['status'] }) => {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLOR[status]} label={translate(`summitdesk.outgoing_mails.statuses.${status}`)} />;
};

// Only a failed mail can be sent again; the API refuses any other (409).
const RetryButton = () => {
  const record = useRecordContext<OutgoingMail>();
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('outgoing-mails');
  if (!record || record.status !== 'failed') return null;
  return (
    <Button
      size="small"
      startIcon={<ReplayIcon />}
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        void run(record, 'retry', { successMessage: 'summitdesk.outgoing_mails.retried' });
      }}
    >
      {translate('summitdesk.outgoing_mails.retry')}
    </Button>
  );
};

// Organizers see every outgoing mail: queued, sent, failed (with the last error) and skipped ones.
export const OutgoingMailList = () => {
  const isSmall = useSmallScreen();
  const translate = useTranslate();
  const locale = useLocale();
  const kindName = (kind: string) => translate(`summitdesk.outgoing_mails.kinds.${kind}`, { _: kind });
  const filters = [
    <SelectInput
      key="status"
      source="status"
      label="resources.outgoing-mails.fields.status"
      choices={OutboxStatuses.map((status) => ({ id: status, name: translate(`summitdesk.outgoing_mails.statuses.${status}`) }))}
      alwaysOn
    />,
    <SelectInput
      key="kind"
      source="kind"
      label="resources.outgoing-mails.fields.kind"
      choices={MailKinds.map((kind) => ({ id: kind, name: kindName(kind) }))}
      alwaysOn={!isSmall}
    />,
    <TextInput key="q" source="q" label="summitdesk.outgoing_mails.search" alwaysOn={!isSmall} />,
  ];
  return (
    <List exporter={formulaSafeExporter} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={50}>
      {isSmall ? (
        <SimpleList<OutgoingMail>
          primaryText={(mail) => mail.subject}
          secondaryText={(mail) => `${mail.toEmail} · ${kindName(mail.kind)} · ${formatInstant(mail.createdAt, locale)}`}
          tertiaryText={(mail) => <StatusChip status={mail.status} />}
          rowClick={false}
        />
      ) : (
        <DataTable<OutgoingMail> rowClick={false} bulkActionButtons={false}>
          <DataTable.Col
            source="createdAt"
            render={(mail) => <time dateTime={mail.createdAt}>{formatInstant(mail.createdAt, locale)}</time>}
          />
          <DataTable.Col source="status" render={(mail) => <StatusChip status={mail.status} />} />
          <DataTable.Col source="toEmail" disableSort />
          <DataTable.Col source="kind" render={(mail) => kindName(mail.kind)} />
          <DataTable.Col source="subject" disableSort />
          <DataTable.NumberCol source="attempts" />
          <DataTable.Col source="lastError" disableSort render={(mail) => mail.lastError ?? '—'} />
          <DataTable.Col source="actions" label="summitdesk.outgoing_mails.actions" disableSort>
            <RetryButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
