import { Box, Card, CardContent, Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { BannerChoices, EventKinds } from '@summitdesk/contracts';
import { CountryInput } from '../common/CountryInput';
import { browserTimeZone, todayIso } from '../common/dates';
import { FormSection } from '../common/FormSection';
import { humanize } from '../common/text';
import { TimeZoneInput } from '../common/TimeZoneInput';
import { allCurrencies, toMajor, toMinor } from './money';

const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, width: '100%' } as const;

const SupportCard = ({ title, help, children }: { title: string; help: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <FormSection title={title}>
          <Box sx={{ color: 'text.secondary', typography: 'body2', mb: 1 }}>{translate(help)}</Box>
          {children}
        </FormSection>
      </CardContent>
    </Card>
  );
};

// The guided proposal: the event, the pitch, the three support lines as three cards, then shipping.
export const BoothProposalFormInputs = () => {
  const translate = useTranslate();
  const eventChoice = useWatch({ name: 'eventChoice' }) as string | undefined;
  const newEvent = useWatch({ name: 'newEvent' }) as unknown;
  const eventId = useWatch({ name: 'eventId' }) as unknown;
  const currency = (useWatch({ name: 'currency' }) as string | undefined) ?? 'USD';
  const choice = eventChoice ?? (newEvent && !eventId ? 'new' : 'existing');
  return (
    <Box sx={{ width: '100%', maxWidth: 860 }}>
      <FormSection title="summitdesk.booth_proposals.sections.event">
        <RadioButtonGroupInput
          source="eventChoice"
          label={false}
          defaultValue={choice}
          choices={[
            { id: 'existing', name: 'summitdesk.booth_proposals.event_choice.existing' },
            { id: 'new', name: 'summitdesk.booth_proposals.event_choice.new' },
          ]}
        />
        {choice === 'existing' ? (
          <ReferenceInput
            source="eventId"
            reference="events"
            filter={{ endDate_gte: todayIso() }}
            sort={{ field: 'startDate', order: 'ASC' }}
          >
            <AutocompleteInput optionText="name" isRequired filterToQuery={(q: string) => ({ q })} />
          </ReferenceInput>
        ) : (
          <Box>
            <Box sx={{ color: 'text.secondary', typography: 'body2', mb: 1 }}>{translate('summitdesk.booth_proposals.new_event_help')}</Box>
            <Box sx={twoColumns}>
              <TextInput source="newEvent.name" label="resources.events.fields.name" isRequired />
              <SelectInput
                source="newEvent.kind"
                label="resources.events.fields.kind"
                defaultValue="conference"
                choices={EventKinds.map((kind) => ({
                  id: kind,
                  name: translate(`summitdesk.events.kinds.${kind}`, { _: humanize(kind) }),
                }))}
              />
              <DateInput source="newEvent.startDate" label="resources.events.fields.startDate" isRequired />
              <DateInput source="newEvent.endDate" label="resources.events.fields.endDate" isRequired />
              <TimeZoneInput
                source="newEvent.timeZone"
                label="resources.events.fields.timeZone"
                defaultValue={browserTimeZone()}
                isRequired
              />
              <TextInput source="newEvent.website" label="resources.events.fields.website" type="url" />
              <TextInput source="newEvent.city" label="resources.events.fields.city" />
              <CountryInput source="newEvent.country" label="resources.events.fields.country" />
            </Box>
          </Box>
        )}
      </FormSection>
      <FormSection title="summitdesk.booth_proposals.sections.pitch">
        <TextInput source="pitch" multiline minRows={3} isRequired />
        <Box sx={twoColumns}>
          <NumberInput source="expectedAttendance" min={0} step={1} />
          <TextInput source="staffingPlan" />
        </Box>
      </FormSection>
      <SupportCard title="summitdesk.booth_proposals.sections.fee" help={translate('summitdesk.booth_proposals.fee_help', { currency })}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <NumberInput
            source="feeRequested"
            label="summitdesk.booth_proposals.amount"
            min={0}
            step="any"
            format={(value: number | null) => toMajor(value, currency) ?? ''}
            parse={(value: string) => toMinor(value, currency)}
          />
          <AutocompleteInput
            source="currency"
            choices={allCurrencies().map((code) => ({ id: code, name: code }))}
            isRequired
            sx={{ minWidth: 140 }}
          />
        </Stack>
      </SupportCard>
      <SupportCard title="summitdesk.booth_proposals.sections.materials" help="summitdesk.booth_proposals.materials_help">
        <ArrayInput source="materials" label={false}>
          <SimpleFormIterator inline disableReordering>
            <ReferenceInput source="itemId" reference="inventory-items" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput
                optionText={(item: { name: string; sku: string }) => `${item.name} (${item.sku})`}
                label="resources.booth-proposals.fields.itemId"
                filterToQuery={(q: string) => ({ q })}
                sx={{ minWidth: 260 }}
              />
            </ReferenceInput>
            <NumberInput source="quantity" label="resources.booth-proposals.fields.quantity" min={1} step={1} />
          </SimpleFormIterator>
        </ArrayInput>
      </SupportCard>
      <SupportCard title="summitdesk.booth_proposals.sections.banner" help="summitdesk.booth_proposals.banner_help">
        <RadioButtonGroupInput
          source="banner"
          label={false}
          choices={BannerChoices.map((banner) => ({ id: banner, name: `summitdesk.booth_proposals.banners.${banner}` }))}
        />
      </SupportCard>
      <FormSection title="summitdesk.booth_proposals.sections.logistics">
        <Box sx={{ color: 'text.secondary', typography: 'body2', mb: 1 }}>{translate('summitdesk.booth_proposals.logistics_help')}</Box>
        <Box sx={twoColumns}>
          <TextInput source="shippingAddress.name" />
          <TextInput source="shippingAddress.line1" />
          <TextInput source="shippingAddress.line2" />
          <TextInput source="shippingAddress.city" />
          <TextInput source="shippingAddress.region" />
          <TextInput source="shippingAddress.postalCode" />
          <CountryInput source="shippingAddress.country" />
          <DateInput source="neededBy" />
          <DateInput source="receivingWindow.from" />
          <DateInput source="receivingWindow.to" />
        </Box>
      </FormSection>
      <FormSection title="summitdesk.booth_proposals.sections.hours">
        <Box sx={{ color: 'text.secondary', typography: 'body2', mb: 1 }}>{translate('summitdesk.booth_proposals.hours_help')}</Box>
        <ArrayInput source="openingHours" label={false}>
          <SimpleFormIterator inline disableReordering>
            <DateInput source="day" label="resources.booth-proposals.fields.day" />
            <TextInput source="opens" type="time" label="resources.booth-proposals.fields.opens" />
            <TextInput source="closes" type="time" label="resources.booth-proposals.fields.closes" />
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
    </Box>
  );
};
