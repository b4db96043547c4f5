import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { DataTable, DateField, List, SearchInput, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { ContestStatuses, type Contest } from '@summitdesk/contracts';
import { ContestEmpty } from './ContestEmpty';
import { ContestStatusChip } from './ContestStatusChip';
import { PrizeField } from './PrizeField';
import { formulaSafeExporter } from '../common/csvExport';
import { dateTimeOptions } from '../common/dates';

export const ContestList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.contests.search')} />,
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={ContestStatuses.map((status) => ({ id: status, name: translate(`summitdesk.contests.statuses.${status}`) }))}
    />,
  ];
  return (
    <List
      exporter={formulaSafeExporter}
      filters={filters}
      sort={{ field: 'entriesOpenAt', order: 'DESC' }}
      perPage={25}
      empty={<ContestEmpty />}
    >
      {isSmall ? (
        <SimpleList<Contest>
          primaryText={(record) => record.title}
          tertiaryText={(record) => <ContestStatusChip status={record.status} />}
          rowClick="show"
        />
      ) : (
        <DataTable<Contest> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="title" />
          <DataTable.Col source="status" disableSort>
            <ContestStatusChip />
          </DataTable.Col>
          <DataTable.Col source="prize" disableSort>
            <PrizeField />
          </DataTable.Col>
          <DataTable.Col source="entriesOpenAt">
            <DateField source="entriesOpenAt" showTime options={dateTimeOptions} />
          </DataTable.Col>
          <DataTable.Col source="votingClosesAt">
            <DateField source="votingClosesAt" showTime options={dateTimeOptions} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
