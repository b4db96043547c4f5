import { Box } from '@mui/material';
import { DateTimeInput, TextInput, useTranslate } from 'react-admin';
import { browserTimeZone } from '../common/dates';
import { FormSection } from '../common/FormSection';
import { TimeZoneInput } from '../common/TimeZoneInput';
import { PrizeInput } from './PrizeInput';

const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, width: '100%' } as const;

// The browser's datetime-local value is a local time; the API wants an instant with its offset.
const toInstant = (value: string) => (value ? new Date(value).toISOString() : null);

// Shared by Create and Edit; validation comes from the contract's schema through the form's resolver.
export const ContestFormInputs = () => {
  const translate = useTranslate();
  const windowsHelp = translate('summitdesk.contests.windows_help', { zone: browserTimeZone() });
  return (
    <Box sx={{ width: '100%', maxWidth: 760 }}>
      <FormSection title="summitdesk.contests.sections.what">
        <TextInput source="title" isRequired />
        <TextInput source="rules" multiline minRows={6} helperText="summitdesk.contests.rules_help" />
        <TextInput source="license" isRequired helperText="summitdesk.contests.license_help" />
      </FormSection>
      <FormSection title="summitdesk.contests.sections.prize">
        <Box sx={twoColumns}>
          <PrizeInput />
          <TextInput
            source="currency"
            isRequired
            parse={(value: string) => value.toUpperCase()}
            slotProps={{ htmlInput: { maxLength: 3 } }}
          />
        </Box>
      </FormSection>
      <FormSection title="summitdesk.contests.sections.windows">
        <Box sx={twoColumns}>
          <DateTimeInput source="entriesOpenAt" isRequired parse={toInstant} helperText={windowsHelp} />
          <DateTimeInput source="entriesCloseAt" isRequired parse={toInstant} />
          <DateTimeInput source="votingOpensAt" isRequired parse={toInstant} />
          <DateTimeInput source="votingClosesAt" isRequired parse={toInstant} />
        </Box>
        <TimeZoneInput source="timeZone" isRequired />
      </FormSection>
    </Box>
  );
};
