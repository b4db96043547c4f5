import { DataTable, EditButton, ReferenceField } from 'react-admin';
import type { SponsorshipPackage } from '@summitdesk/contracts';
import { MoneyText } from '../booth-proposals/MoneyText';
import { PackageAvailability } from './PackageAvailability';
import { SalesWindowField } from './SalesWindowField';

// The organizer's table of packages, on the packages list and on an event's page.
export const PackagesTable = ({ withEvent = true }: { withEvent?: boolean }) => (
  <DataTable<SponsorshipPackage> rowClick="edit" bulkActionButtons={false}>
    <DataTable.Col source="name" />
    {withEvent ? (
      <DataTable.Col source="eventId" disableSort>
        <ReferenceField source="eventId" reference="events" link="show" />
      </DataTable.Col>
    ) : null}
    <DataTable.Col source="price" align="right" render={(record) => <MoneyText amount={record.price} currency={record.currency} />} />
    <DataTable.Col source="available" disableSort>
      <PackageAvailability />
    </DataTable.Col>
    <DataTable.Col source="salesCloseAt">
      <SalesWindowField />
    </DataTable.Col>
    <DataTable.Col source="boothProposalId" disableSort>
      <ReferenceField source="boothProposalId" reference="booth-proposals" link="show" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col label={false} disableSort>
      <EditButton />
    </DataTable.Col>
  </DataTable>
);
