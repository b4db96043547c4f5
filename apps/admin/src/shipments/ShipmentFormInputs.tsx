import { Box } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { ApprovedBoothProposalStatuses, Carriers, ShipmentDirections, type BoothProposal } from '@summitdesk/contracts';
import { allCurrencies, toMajor } from '../booth-proposals/money';
import { CountryInput } from '../common/CountryInput';
import { FormSection } from '../common/FormSection';
import { lineKind } from './shipmentForm';

const boothName = (booth: BoothProposal) => `${(booth.event ?? booth.newEvent)?.name ?? 'Booth'} (#${booth.id}, ${booth.proposerName})`;

// The shipment's inputs in three sections; `creating` unlocks what is fixed once a parcel exists.
export const ShipmentFormInputs = ({ creating }: { creating: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <FormSection title="summitdesk.shipments.sections.parcel">
        <ReferenceInput
          source="boothProposalId"
          reference="booth-proposals"
          filter={{ status: ApprovedBoothProposalStatuses }}
          sort={{ field: 'createdAt', order: 'DESC' }}
        >
          <AutocompleteInput optionText={boothName} validate={required()} disabled={!creating} fullWidth />
        </ReferenceInput>
        <SelectInput
          source="direction"
          choices={ShipmentDirections.map((direction) => ({ id: direction, name: translate(`summitdesk.shipments.${direction}`) }))}
          defaultValue="outbound"
          disabled={!creating}
        />
        <ReferenceInput source="fromBoothProposalId" reference="booth-proposals" filter={{ status: ApprovedBoothProposalStatuses }}>
          <AutocompleteInput optionText={boothName} disabled={!creating} fullWidth />
        </ReferenceInput>
      </FormSection>
      <FormSection title="summitdesk.shipments.sections.lines">
        <ArrayInput source="lines" label={false}>
          <SimpleFormIterator inline disableReordering>
            <FormDataConsumer>
              {({ scopedFormData }) => {
                const kind = lineKind(scopedFormData);
                return (
                  <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
                    <SelectInput
                      source="kind"
                      label="resources.shipments.fields.lines"
                      defaultValue={kind}
                      choices={[
                        { id: 'item', name: translate('summitdesk.shipments.line_kind.item') },
                        { id: 'banner', name: translate('summitdesk.shipments.line_kind.banner') },
                      ]}
                    />
                    {kind === 'banner' ? (
                      <>
                        <ReferenceInput source="bannerId" reference="banners">
                          <AutocompleteInput
                            optionText={(banner: { tag: string; description: string }) => `${banner.tag} · ${banner.description}`}
                            validate={required()}
                            sx={{ minWidth: 260 }}
                          />
                        </ReferenceInput>
                        <TextInput source="condition" />
                      </>
                    ) : (
                      <>
                        <ReferenceInput source="itemId" reference="inventory-items">
                          <AutocompleteInput
                            optionText={(item: { sku: string; name: string; available?: number }) =>
                              `${item.sku} · ${item.name}${item.available !== undefined ? ` (${item.available})` : ''}`
                            }
                            validate={required()}
                            sx={{ minWidth: 260 }}
                          />
                        </ReferenceInput>
                        <NumberInput source="quantity" min={1} step={1} validate={required()} />
                      </>
                    )}
                  </Box>
                );
              }}
            </FormDataConsumer>
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
      <FormSection title="summitdesk.shipments.sections.ship_to">
        <Box sx={{ color: 'text.secondary', mb: 1, typography: 'body2' }}>{translate('summitdesk.shipments.ship_to_help')}</Box>
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <TextInput source="shipTo.name" />
          <TextInput source="shipTo.phone" />
          <TextInput source="shipTo.line1" />
          <TextInput source="shipTo.line2" />
          <TextInput source="shipTo.postalCode" />
          <TextInput source="shipTo.city" />
          <TextInput source="shipTo.region" />
          <CountryInput source="shipTo.country" />
        </Box>
      </FormSection>
      <FormSection title="summitdesk.shipments.sections.carrier">
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <SelectInput
            source="carrier"
            choices={Carriers.map((carrier) => ({
              id: carrier,
              name: carrier === 'other' ? translate('summitdesk.shipments.carrier_other') : carrier,
            }))}
            emptyText="—"
          />
          <TextInput source="trackingNumber" />
          <TextInput source="service" />
          <FormDataConsumer>
            {({ formData }) => (
              <NumberInput
                source="costMajor"
                label="resources.shipments.fields.cost"
                defaultValue={toMajor(formData.cost, formData.currency || 'USD') ?? undefined}
                min={0}
                step={0.01}
              />
            )}
          </FormDataConsumer>
          <AutocompleteInput source="currency" choices={allCurrencies().map((code) => ({ id: code, name: code }))} defaultValue="USD" />
        </Box>
        <TextInput source="note" multiline minRows={2} fullWidth />
      </FormSection>
    </>
  );
};
