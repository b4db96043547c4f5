import { Alert, Box } from '@mui/material';
import { DateTimeInput, ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import type { Submission } from '@summitdesk/contracts';

const toInstant = (value: string) => (value ? new Date(value).toISOString() : null);
const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, width: '100%' } as const;

// Rooms and times; a confirmed talk or a titled fixed item. Clashes come back from the API beside the field.
export const AgendaSlotFormInputs = ({ creating }: { creating?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', maxWidth: 760 }}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('summitdesk.cfp_program.agenda.builder_help')}
      </Alert>
      <ReferenceInput source="eventId" reference="events" filter={{ kind: 'summit' }}>
        <SelectInput optionText="name" isRequired disabled={!creating} />
      </ReferenceInput>
      <TextInput source="room" isRequired />
      <Box sx={twoColumns}>
        <DateTimeInput source="startsAt" isRequired parse={toInstant} />
        <DateTimeInput source="endsAt" isRequired parse={toInstant} />
      </Box>
      <ReferenceInput source="submissionId" reference="submissions" filter={{ status: 'confirmed' }}>
        <SelectInput optionText={(talk: Submission) => talk.title} emptyText="—" />
      </ReferenceInput>
      <TextInput source="title" helperText="summitdesk.cfp_program.agenda.break_title" />
    </Box>
  );
};
