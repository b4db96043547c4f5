import type { Theme } from '@mui/material';
import { useMediaQuery } from '@mui/material';
import { CreateButton, DataTable, ExportButton, List, SearchInput, SelectInput, SimpleList, TopToolbar, useTranslate } from 'react-admin';
import { BoothProposalStatuses, type BoothProposal } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { BoothEventField } from './BoothEventField';
import { BoothProposalEmpty } from './BoothProposalEmpty';
import { BoothProposalFilterSidebar } from './BoothProposalFilterSidebar';
import { BoothProposalStatusChip } from './BoothProposalStatusChip';
import { boothProposalExporter } from './boothProposalExporter';
import { MoneyText } from './MoneyText';

const ListActions = () => (
  <TopToolbar>
    <CreateButton label="summitdesk.booth_proposals.propose" />
    <ExportButton />
  </TopToolbar>
);

export const BoothProposalList = () => {
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const translate = useTranslate();
  const search = <SearchInput key="q" source="q" alwaysOn placeholder={translate('summitdesk.booth_proposals.search')} />;
  const filters = isSmall
    ? [
        search,
        <SelectInput
          key="status"
          source="status"
          choices={BoothProposalStatuses.map((status) => ({
            id: status,
            name: translate(`summitdesk.statuses.booth-proposal.${status}`, { _: humanize(status) }),
          }))}
        />,
      ]
    : [search];
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      aside={isSmall ? undefined : <BoothProposalFilterSidebar />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={boothProposalExporter}
      empty={<BoothProposalEmpty />}
    >
      {isSmall ? (
        <SimpleList<BoothProposal>
          primaryText={(record) => (record.event ?? record.newEvent)?.name ?? ''}
          secondaryText={(record) => record.proposerName}
          tertiaryText={(record) => <BoothProposalStatusChip status={record.status} />}
          rowClick="show"
        />
      ) : (
        <DataTable<BoothProposal> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="eventStartDate" label="resources.booth-proposals.fields.event">
            <BoothEventField />
          </DataTable.Col>
          <DataTable.Col source="proposerName" disableSort />
          <DataTable.Col
            source="feeRequested"
            align="right"
            render={(record) => <MoneyText amount={record.feeRequested} currency={record.currency} />}
          />
          <DataTable.Col
            source="feeApproved"
            align="right"
            disableSort
            render={(record) => <MoneyText amount={record.feeApproved} currency={record.approvedCurrency} />}
          />
          <DataTable.Col source="status">
            <BoothProposalStatusChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
