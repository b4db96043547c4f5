import { DataTable, DateField, ReferenceField } from 'react-admin';
import type { Sponsorship } from '@summitdesk/contracts';
import { SponsorshipAmountField, SponsorshipRefundField } from './SponsorshipAmountField';
import { SponsorshipStatusChip } from './SponsorshipStatusChip';
import { StripeLinksField } from './StripeLinksField';
import { dateTimeOptions } from '../common/dates';

// One table for the organizer's list and a sponsor's own page; `withSponsor` adds the company column.
// Sorting is offered where the API indexes: number, state and start.
export const SponsorshipsTable = ({ withSponsor = false, withStripe = true }: { withSponsor?: boolean; withStripe?: boolean }) => (
  <DataTable<Sponsorship> rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="id" />
    {withSponsor ? (
      <DataTable.Col source="sponsorId" disableSort>
        <ReferenceField source="sponsorId" reference="sponsors" link="show" />
      </DataTable.Col>
    ) : null}
    <DataTable.Col source="packageId" disableSort>
      <ReferenceField source="packageId" reference="sponsorship-packages" link={false} />
    </DataTable.Col>
    <DataTable.Col source="eventId" disableSort>
      <ReferenceField source="eventId" reference="events" link={false} />
    </DataTable.Col>
    <DataTable.Col source="status">
      <SponsorshipStatusChip />
    </DataTable.Col>
    <DataTable.Col source="amount" align="right" disableSort>
      <SponsorshipAmountField />
    </DataTable.Col>
    <DataTable.Col source="amountRefunded" align="right" disableSort>
      <SponsorshipRefundField />
    </DataTable.Col>
    {withStripe ? (
      <DataTable.Col source="stripePaymentIntentId" disableSort>
        <StripeLinksField />
      </DataTable.Col>
    ) : null}
    <DataTable.Col source="paidAt" disableSort>
      <DateField source="paidAt" showTime options={dateTimeOptions} emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="createdAt">
      <DateField source="createdAt" />
    </DataTable.Col>
  </DataTable>
);
