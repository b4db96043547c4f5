import { Box, Stack } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  DateTimeInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import type { BoothProposal } from '@summitdesk/contracts';
import { FormSection } from '../common/FormSection';
import { humanize } from '../common/text';
import { allCurrencies, toMajor, toMinor } from '../booth-proposals/money';

const toInstant = (value: string) => (value ? new Date(value).toISOString() : null);
const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, width: '100%' } as const;

export const PackageFormInputs = ({ creating }: { creating?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 760 }}>
      <FormSection title="summitdesk.sponsorship_packages.sections.tier">
        <ReferenceInput source="eventId" reference="events" sort={{ field: 'startDate', order: 'DESC' }}>
          <AutocompleteInput isRequired disabled={!creating} fullWidth />
        </ReferenceInput>
        <TextInput source="name" isRequired fullWidth helperText="summitdesk.sponsorship_packages.name_help" />
      </FormSection>
      <FormSection title="summitdesk.sponsorship_packages.sections.price">
        <FormDataConsumer<{ currency?: string }>>
          {({ formData }) => (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <NumberInput
                source="price"
                isRequired
                min={0}
                step="any"
                format={(value: number | null) => toMajor(value, formData.currency || 'USD') ?? ''}
                parse={(value: string) => toMinor(value, formData.currency || 'USD')}
              />
              <AutocompleteInput
                source="currency"
                choices={allCurrencies().map((code) => ({ id: code, name: code }))}
                isRequired
                sx={{ minWidth: 140 }}
              />
              <NumberInput source="quantity" isRequired min={1} step={1} helperText="summitdesk.sponsorship_packages.quantity_help" />
            </Stack>
          )}
        </FormDataConsumer>
      </FormSection>
      <FormSection title="summitdesk.sponsorship_packages.sections.benefits">
        <ArrayInput source="benefits" label={false} helperText="summitdesk.sponsorship_packages.benefits_help">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label="resources.sponsorship-packages.fields.benefit" fullWidth />
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
      <FormSection title="summitdesk.sponsorship_packages.sections.sales_window">
        <Box sx={twoColumns}>
          <DateTimeInput source="salesOpenAt" isRequired parse={toInstant} />
          <DateTimeInput source="salesCloseAt" isRequired parse={toInstant} />
        </Box>
      </FormSection>
      <FormSection title="summitdesk.sponsorship_packages.sections.booth">
        <FormDataConsumer<{ eventId?: number }>>
          {({ formData }) => (
            <ReferenceInput
              source="boothProposalId"
              reference="booth-proposals"
              filter={formData.eventId ? { eventId: formData.eventId } : {}}
            >
              <SelectInput
                fullWidth
                emptyText="summitdesk.sponsorship_packages.no_booth"
                optionText={(booth: BoothProposal) =>
                  `#${booth.id} · ${(booth.event ?? booth.newEvent)?.name ?? ''} ` +
                  `(${translate(`summitdesk.statuses.booth-proposal.${booth.status}`, { _: humanize(booth.status) })})`
                }
                helperText="summitdesk.sponsorship_packages.booth_help"
                parse={(value: string | number) => (value === '' || value == null ? null : Number(value))}
              />
            </ReferenceInput>
          )}
        </FormDataConsumer>
      </FormSection>
    </Box>
  );
};
