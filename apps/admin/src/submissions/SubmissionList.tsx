import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  ExportButton,
  List,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { SubmissionStatuses, type Submission } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { SubmissionStatusChip } from './SubmissionStatusChip';
import { formulaSafeExporter } from '../common/csvExport';

// A switched-off toggle removes the filter rather than asking for the opposite.
const onlyWhenOn = (value: boolean) => (value ? true : undefined);

const ListActions = () => (
  <TopToolbar>
    <CreateButton label="summitdesk.cfp_program.propose_talk" />
    <ExportButton />
  </TopToolbar>
);

// "My talks" for speakers and the committee's view of the call; the API decides what each may see,
// and anonymous reviewers get no speaker to search or sort by.
export const SubmissionList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.cfp_program.search_talks')} />,
    <BooleanInput key="mine" source="mine" label="summitdesk.cfp_program.mine" alwaysOn parse={onlyWhenOn} />,
    <BooleanInput key="assignedToMe" source="assignedToMe" label="summitdesk.cfp_program.assigned_to_me" parse={onlyWhenOn} />,
    <SelectInput
      key="status"
      source="status"
      choices={SubmissionStatuses.map((status) => ({
        id: status,
        name: translate(`summitdesk.statuses.submission.${status}`, { _: humanize(status) }),
      }))}
    />,
  ];
  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      empty={false}
    >
      {isSmall ? (
        <SimpleList<Submission>
          primaryText={(record) => record.title}
          secondaryText={(record) => record.track ?? record.format}
          tertiaryText={(record) => <SubmissionStatusChip status={record.status} />}
          rowClick="show"
        />
      ) : (
        <DataTable<Submission> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="title" />
          <DataTable.Col source="format" />
          <DataTable.Col source="track" />
          <DataTable.Col source="status">
            <SubmissionStatusChip />
          </DataTable.Col>
          <DataTable.Col
            source="submittedAt"
            render={(record) => (record.submittedAt ? new Date(record.submittedAt).toLocaleDateString() : '—')}
          />
        </DataTable>
      )}
    </List>
  );
};
