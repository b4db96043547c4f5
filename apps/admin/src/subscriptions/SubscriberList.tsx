import { Chip, Stack } from '@mui/material';
import {
  BooleanField,
  Datagrid,
  DateField,
  ExportButton,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { NewsLanguage, SubscriptionTopic } from '@summitdesk/contracts';
import { csvExporter } from '../common/csvExport';
import { useSmallScreen } from '../common/useSmallScreen';
import { languageChoices } from './topicChoices';

type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

type Subscriber = RaRecord & {
  email: string;
  status: SubscriberStatus;
  member: boolean;
  language: NewsLanguage;
  digest: boolean;
  topics: SubscriptionTopic[];
  country: string | null;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  createdAt: string;
};

const statusChoices = (['pending', 'confirmed', 'unsubscribed'] as const).map((status) => ({
  id: status,
  name: `summitdesk.subscriptions.statuses.${status}`,
}));
const statusColor = { pending: 'warning', confirmed: 'success', unsubscribed: 'default' } as const;

const StatusChip = ({ status }: { status: SubscriberStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={statusColor[status]} label={translate(`summitdesk.subscriptions.statuses.${status}`)} />;
};

const Topics = ({ record }: { record: Subscriber }) => {
  const translate = useTranslate();
  return record.topics.map((topic) => translate(`summitdesk.subscriptions.topics.${topic}`)).join(', ') || '—';
};

const LanguageName = ({ language }: { language: NewsLanguage }) => {
  const translate = useTranslate();
  return <span lang={language}>{translate(`summitdesk.subscriptions.languages.${language}`)}</span>;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="language" source="language" choices={languageChoices} />,
];

// The CSV a reader opens in a spreadsheet: plain columns (topics joined), through the formula-safe writer.
const exporter = csvExporter<Subscriber>(
  (record) => ({
    id: record.id,
    email: record.email,
    status: record.status,
    member: record.member,
    language: record.language,
    digest: record.digest,
    topics: record.topics.join(' '),
    country: record.country ?? '',
    confirmedAt: record.confirmedAt ?? '',
    unsubscribedAt: record.unsubscribedAt ?? '',
    createdAt: record.createdAt,
  }),
  'subscribers',
);

// Who reads the community's news: addresses waiting for their confirmation, confirmed readers and
// those who left; organizers only (the API refuses everyone else).
export const SubscriberList = () => {
  const isSmall = useSmallScreen();
  return (
    <List
      filters={filters}
      exporter={exporter}
      actions={
        <TopToolbar>
          <ExportButton />
        </TopToolbar>
      }
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
    >
      {isSmall ? (
        <SimpleList<Subscriber>
          primaryText={(record) => record.email}
          secondaryText={(record) => (
            <Stack direction="row" spacing={1} component="span">
              <StatusChip status={record.status} />
              <span>{record.language.toUpperCase()}</span>
            </Stack>
          )}
          rowClick={false}
        />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="email" />
          <FunctionField source="status" sortable={false} render={(record: Subscriber) => <StatusChip status={record.status} />} />
          <FunctionField source="language" render={(record: Subscriber) => <LanguageName language={record.language} />} />
          <BooleanField source="digest" sortable={false} />
          <FunctionField source="topics" sortable={false} render={(record: Subscriber) => <Topics record={record} />} />
          <BooleanField source="member" sortable={false} />
          <DateField source="confirmedAt" emptyText="—" />
          <DateField source="createdAt" />
        </Datagrid>
      )}
    </List>
  );
};
