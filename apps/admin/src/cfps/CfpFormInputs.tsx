import { Box } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  DateTimeInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { EditableAfterCloseFields, OthersReviewsVisibility } from '@summitdesk/contracts';
import { FormSection } from '../common/FormSection';
import { TimeZoneInput } from '../common/TimeZoneInput';

const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, width: '100%' } as const;
// The browser's datetime-local value is a local time; the API wants an instant with its offset.
const toInstant = (value: string) => (value ? new Date(value).toISOString() : null);
const lines = {
  format: (value?: string[]) => (value ?? []).join('\n'),
  parse: (value: string) =>
    value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
};

export const CfpFormInputs = ({ creating }: { creating?: boolean }) => (
  <Box sx={{ width: '100%', maxWidth: 860 }}>
    <FormSection title="summitdesk.cfp_program.cfp.sections.when">
      <ReferenceInput source="eventId" reference="events" filter={{ kind: 'summit' }}>
        <SelectInput optionText="name" isRequired disabled={!creating} />
      </ReferenceInput>
      <TextInput source="title" />
      <TextInput source="description" multiline minRows={3} />
      <Box sx={twoColumns}>
        <DateTimeInput source="opensAt" isRequired parse={toInstant} />
        <DateTimeInput source="closesAt" isRequired parse={toInstant} />
      </Box>
      <TimeZoneInput source="timeZone" isRequired />
    </FormSection>
    <FormSection title="summitdesk.cfp_program.cfp.sections.review">
      <Box sx={twoColumns}>
        <DateTimeInput source="reviewOpensAt" isRequired parse={toInstant} />
        <DateTimeInput source="reviewClosesAt" isRequired parse={toInstant} />
      </Box>
      <BooleanInput source="anonymousReview" />
      <NumberInput source="reviewsPerSubmission" min={1} max={10} step={1} />
      <ArrayInput source="phases">
        <SimpleFormIterator inline>
          <TextInput source="name" />
          <DateTimeInput source="startsAt" parse={toInstant} />
          <DateTimeInput source="endsAt" parse={toInstant} />
          <BooleanInput source="reviewersMayWrite" />
          <SelectInput
            source="reviewersSee"
            choices={(['assigned', 'all'] as const).map((value) => ({
              id: value,
              name: `summitdesk.cfp_program.cfp.reviewers_see.${value}`,
            }))}
          />
          <SelectInput
            source="othersReviews"
            choices={OthersReviewsVisibility.map((value) => ({ id: value, name: `summitdesk.cfp_program.cfp.others_reviews.${value}` }))}
          />
          <BooleanInput source="showSpeakerNames" />
        </SimpleFormIterator>
      </ArrayInput>
    </FormSection>
    <FormSection title="summitdesk.cfp_program.cfp.sections.program">
      <ArrayInput source="formats" helperText="summitdesk.cfp_program.cfp.formats_help">
        <SimpleFormIterator inline>
          <TextInput source="name" />
          <NumberInput source="minutes" min={5} max={480} step={5} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput
        source="tracks"
        multiline
        minRows={3}
        format={lines.format}
        parse={lines.parse}
        helperText="summitdesk.cfp_program.cfp.tracks_help"
      />
      <TextInput
        source="topics"
        multiline
        minRows={3}
        format={lines.format}
        parse={lines.parse}
        helperText="summitdesk.cfp_program.cfp.topics_help"
      />
      <CheckboxGroupInput
        source="editableAfterClose"
        choices={EditableAfterCloseFields.map((field) => ({ id: field, name: `resources.submissions.fields.${field}` }))}
        helperText="summitdesk.cfp_program.cfp.editable_help"
      />
    </FormSection>
  </Box>
);
