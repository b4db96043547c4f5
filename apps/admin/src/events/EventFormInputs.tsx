import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { DateInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { EventKinds } from '@summitdesk/contracts';
import { CountryInput } from '../common/CountryInput';
import { FormSection } from '../common/FormSection';
import { humanize } from '../common/text';
import { TimeZoneInput } from '../common/TimeZoneInput';

const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, width: '100%' } as const;

// An empty slug is left out so the API derives it from the name.
const parseSlug = (value: string) => (value === '' ? undefined : value);

// Shared by Create and Edit; validation comes from the contract's schema through the form's resolver.
export const EventFormInputs = () => {
  const translate = useTranslate();
  const { setValue, getValues } = useFormContext();
  const startDate = useWatch({ name: 'startDate' }) as string | null | undefined;

  // Most events last a day: follow the start date with the end date until the user sets one later.
  useEffect(() => {
    const endDate = getValues('endDate') as string | null | undefined;
    if (startDate && (!endDate || endDate < startDate)) {
      setValue('endDate', startDate, { shouldValidate: true, shouldDirty: true });
    }
  }, [startDate, getValues, setValue]);

  return (
    <Box sx={{ width: '100%', maxWidth: 760 }}>
      <FormSection title="summitdesk.events.sections.what">
        <TextInput source="name" isRequired />
        <Box sx={twoColumns}>
          <SelectInput
            source="kind"
            isRequired
            choices={EventKinds.map((kind) => ({ id: kind, name: translate(`summitdesk.events.kinds.${kind}`, { _: humanize(kind) }) }))}
          />
          <TextInput source="slug" parse={parseSlug} helperText="summitdesk.events.slug_help" />
        </Box>
        <TextInput source="description" multiline minRows={4} />
      </FormSection>
      <FormSection title="summitdesk.events.sections.when">
        <Box sx={twoColumns}>
          <DateInput source="startDate" isRequired />
          <DateInput source="endDate" isRequired />
        </Box>
        <TimeZoneInput source="timeZone" isRequired helperText="summitdesk.events.time_zone_help" />
      </FormSection>
      <FormSection title="summitdesk.events.sections.where">
        <TextInput source="venue" />
        <Box sx={twoColumns}>
          <TextInput source="city" />
          <CountryInput source="country" />
        </Box>
      </FormSection>
      <FormSection title="summitdesk.events.sections.host">
        <TextInput source="hostOrganization" />
        <TextInput source="website" type="url" helperText="summitdesk.events.website_help" />
      </FormSection>
    </Box>
  );
};
