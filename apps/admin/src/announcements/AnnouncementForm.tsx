import { AutocompleteInput, BooleanInput, ReferenceInput, SimpleForm, TextInput } from 'react-admin';
import type { z } from 'zod';
import { FormSection } from '../common/FormSection';
import { schemaResolver } from '../common/schemaResolver';

// Title and Markdown body; what it is about (each optional); pinned to the top of the news.
export const AnnouncementForm = ({ schema }: { schema: z.ZodObject }) => (
  <SimpleForm resolver={schemaResolver(schema)}>
    <FormSection title="summitdesk.announcements.form.news">
      <TextInput source="title" fullWidth />
      <TextInput source="body" multiline minRows={8} fullWidth helperText="summitdesk.announcements.form.markdown_help" />
      <BooleanInput source="pinned" />
    </FormSection>
    <FormSection title="summitdesk.announcements.form.about">
      <ReferenceInput source="eventId" reference="events">
        <AutocompleteInput fullWidth />
      </ReferenceInput>
      <ReferenceInput source="cfpId" reference="cfps">
        <AutocompleteInput fullWidth />
      </ReferenceInput>
      <ReferenceInput source="contestId" reference="contests">
        <AutocompleteInput fullWidth />
      </ReferenceInput>
      <ReferenceInput source="boothProposalId" reference="booth-proposals">
        <AutocompleteInput fullWidth />
      </ReferenceInput>
    </FormSection>
  </SimpleForm>
);
