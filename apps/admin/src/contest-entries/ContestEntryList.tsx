import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  useTranslate,
} from 'react-admin';
import { ContestEntryStatuses, type ContestEntry } from '@summitdesk/contracts';
import { ContestEntryStatusChip } from './ContestEntryStatusChip';
import { EntryThumbnailField } from './EntryThumbnailField';
import { formulaSafeExporter } from '../common/csvExport';
import { dateTimeOptions } from '../common/dates';

// Organizers moderate here (every entry, pending first when sorted by status); members see their own
// entries and the approved ones.
export const ContestEntryList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.contest_entries.search')} />,
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={ContestEntryStatuses.map((status) => ({ id: status, name: translate(`summitdesk.contest_entries.statuses.${status}`) }))}
    />,
    <ReferenceInput key="contestId" source="contestId" reference="contests" alwaysOn>
      <AutocompleteInput />
    </ReferenceInput>,
  ];
  return (
    <List exporter={formulaSafeExporter} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
      {isSmall ? (
        <SimpleList<ContestEntry>
          leftAvatar={(record) => <img src={record.thumbnailUrl ?? ''} alt="" width={40} height={40} />}
          primaryText={(record) => record.title}
          secondaryText={(record) => record.authorName}
          tertiaryText={(record) => <ContestEntryStatusChip status={record.status} />}
          rowClick="show"
        />
      ) : (
        <DataTable<ContestEntry> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="thumbnailUrl" disableSort>
            <EntryThumbnailField />
          </DataTable.Col>
          <DataTable.Col source="title" />
          <DataTable.Col source="contestId">
            <ReferenceField source="contestId" reference="contests" link="show" />
          </DataTable.Col>
          <DataTable.Col source="authorName" disableSort />
          <DataTable.Col source="status">
            <ContestEntryStatusChip />
          </DataTable.Col>
          <DataTable.Col source="createdAt">
            <DateField source="createdAt" showTime options={dateTimeOptions} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
