import { Box } from '@mui/material';
import { ReferenceInput, SelectArrayInput, SelectInput, TextInput, useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { SubmissionLevels, type Cfp } from '@summitdesk/contracts';
import { FormSection } from '../common/FormSection';
import { humanize } from '../common/text';

const lines = {
  format: (value?: string[]) => (value ?? []).join('\n'),
  parse: (value: string) =>
    value
      .split(/[\s,;]+/)
      .map((email) => email.trim())
      .filter(Boolean),
};

// The submit wizard's three steps as sections: the call, the talk, and who presents it with you.
export const SubmissionFormInputs = ({ creating }: { creating?: boolean }) => {
  const translate = useTranslate();
  const cfpId = useWatch({ name: 'cfpId' });
  const { data: cfp } = useGetOne<Cfp>('cfps', { id: cfpId }, { enabled: !!cfpId });
  return (
    <Box sx={{ width: '100%', maxWidth: 760 }}>
      <FormSection title="summitdesk.cfp_program.steps.call">
        <ReferenceInput source="cfpId" reference="cfps" filter={creating ? { closesAt_gte: new Date().toISOString() } : undefined}>
          <SelectInput
            optionText={(record: Cfp) => `${record.title ?? translate('resources.cfps.name', { smart_count: 1 })} #${record.id}`}
            isRequired
            disabled={!creating}
          />
        </ReferenceInput>
      </FormSection>
      <FormSection title="summitdesk.cfp_program.steps.talk">
        <TextInput source="title" isRequired />
        <TextInput source="abstract" multiline minRows={6} isRequired helperText="summitdesk.cfp_program.abstract_help" />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' }, columnGap: 2 }}>
          <SelectInput
            source="format"
            isRequired
            choices={(cfp?.formats ?? []).map((format) => ({ id: format.name, name: `${humanize(format.name)} (${format.minutes} min)` }))}
          />
          <SelectInput source="track" emptyText="—" choices={(cfp?.tracks ?? []).map((track) => ({ id: track, name: track }))} />
          <SelectInput
            source="level"
            emptyText="—"
            choices={SubmissionLevels.map((level) => ({ id: level, name: `summitdesk.cfp_program.levels.${level}` }))}
          />
        </Box>
        {cfp?.topics?.length ? (
          <SelectArrayInput source="topics" choices={cfp.topics.map((topic) => ({ id: topic, name: topic }))} />
        ) : null}
        <TextInput source="notes" multiline minRows={2} helperText="summitdesk.cfp_program.notes_help" />
      </FormSection>
      <FormSection title="summitdesk.cfp_program.steps.speakers">
        <TextInput
          source="coSpeakerEmails"
          multiline
          minRows={2}
          format={lines.format}
          parse={lines.parse}
          helperText="summitdesk.cfp_program.co_speakers_help"
        />
      </FormSection>
    </Box>
  );
};
