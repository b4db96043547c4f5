import { AutocompleteInput, Create, NumberInput, ReferenceInput, SimpleForm, TextInput, required, type RaRecord } from 'react-admin';
import { ApprovedBoothProposalStatuses, type BoothProposal } from '@summitdesk/contracts';
import { allCurrencies, toMinor } from '../booth-proposals/money';

const boothName = (booth: BoothProposal) => `${(booth.event ?? booth.newEvent)?.name ?? 'Booth'} (#${booth.id}, ${booth.proposerName})`;

// The form takes the price in major units; the API books minor units as an expense in the ledger.
const toOrder = ({ costMajor, ...rest }: RaRecord) => ({ ...rest, cost: toMinor(costMajor, rest.currency) });

export const BannerOrderCreate = () => (
  <Create redirect="list" transform={toOrder}>
    <SimpleForm defaultValues={{ currency: 'USD' }}>
      <ReferenceInput
        source="boothProposalId"
        reference="booth-proposals"
        filter={{ banner: 'order_new', status: ApprovedBoothProposalStatuses }}
      >
        <AutocompleteInput optionText={boothName} validate={required()} helperText="summitdesk.banners.orders.booth_help" fullWidth />
      </ReferenceInput>
      <TextInput source="description" validate={required()} fullWidth />
      <NumberInput source="costMajor" label="resources.banner-orders.fields.cost" validate={required()} min={0} step={0.01} />
      <AutocompleteInput source="currency" choices={allCurrencies().map((code) => ({ id: code, name: code }))} validate={required()} />
      <TextInput source="supplier" />
    </SimpleForm>
  </Create>
);
