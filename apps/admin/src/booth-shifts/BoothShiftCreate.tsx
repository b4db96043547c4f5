import { useMemo } from 'react';
import { Box, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { AutocompleteInput, Create, DateInput, RecordContextProvider, ReferenceInput, SimpleForm, TextInput, useGetOne } from 'react-admin';
import { CreateBoothShiftSchema, StaffableBoothProposalStatuses, type BoothProposal } from '@summitdesk/contracts';
import { schemaResolver } from '../common/schemaResolver';
import { BoothRota } from './BoothRota';

const twoColumns = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' }, columnGap: 2, width: '100%' } as const;

// The booth's rota with its gaps beside the sign-up, so volunteers fill the holes first.
const RotaPreview = () => {
  const boothProposalId = useWatch({ name: 'boothProposalId' }) as number | undefined;
  const { data } = useGetOne<BoothProposal>('booth-proposals', { id: boothProposalId! }, { enabled: Boolean(boothProposalId) });
  if (!data) return null;
  return (
    <Box sx={{ width: '100%', mt: 2 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {data.event?.name}
      </Typography>
      {/* BoothRota reads the proposal from the record context, as on the proposal's page. */}
      <RecordContextProvider value={data}>
        <BoothRota />
      </RecordContextProvider>
    </Box>
  );
};

export const BoothShiftCreate = () => {
  const resolver = useMemo(() => schemaResolver(CreateBoothShiftSchema), []);
  return (
    <Create redirect="list">
      <SimpleForm resolver={resolver} mode="onChange" noValidate>
        <ReferenceInput source="boothProposalId" reference="booth-proposals" filter={{ status: StaffableBoothProposalStatuses }}>
          <AutocompleteInput
            optionText={(proposal: BoothProposal) => `${proposal.event?.name ?? ''} — ${proposal.proposerName}`}
            isRequired
            filterToQuery={(q: string) => ({ q })}
          />
        </ReferenceInput>
        <Box sx={twoColumns}>
          <DateInput source="day" isRequired helperText="summitdesk.booth_shifts.day_help" />
          <TextInput source="startTime" type="time" isRequired helperText="summitdesk.booth_shifts.time_help" />
          <TextInput source="endTime" type="time" isRequired />
        </Box>
        <TextInput source="note" multiline />
        <RotaPreview />
      </SimpleForm>
    </Create>
  );
};
