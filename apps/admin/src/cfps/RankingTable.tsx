import { useState } from 'react';
import { Alert, Box, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { SubmissionDecisions, submissionMachine, type Cfp, type RankedSubmission, type SubmissionStatus } from '@summitdesk/contracts';
import { errorMessage, useNotifyError } from '../common/errors';
import { SubmissionStatusChip } from '../submissions/SubmissionStatusChip';
import { ReleaseDecisionsButton } from './ReleaseDecisionsButton';
import { usePostToCfp, useCfpResource } from './useCfpApi';

const number = (value: number | null) => (value === null ? '—' : value.toFixed(2));

// The chair's ranked table: staged decisions are set per row and released together.
export const RankingTable = () => {
  const record = useRecordContext<Cfp>();
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const [track, setTrack] = useState('');
  const { data, error, reload } = useCfpResource<RankedSubmission[]>(record?.id, 'ranking', track ? { track } : undefined);
  const postToCfp = usePostToCfp();
  if (!record) return null;
  if (error) return <Alert severity="error">{errorMessage(error, translate)}</Alert>;
  const stage = async (row: RankedSubmission, decision: string) => {
    try {
      await postToCfp(record.id, 'decisions', {
        decisions: [{ submissionId: row.submissionId, decision: decision || null, version: row.version }],
      });
      await reload();
    } catch (failure) {
      notifyError(failure);
    }
  };
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <MuiTextField
          select
          size="small"
          label={translate('resources.submissions.fields.track')}
          value={track}
          onChange={(event) => setTrack(event.target.value)}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{translate('summitdesk.cfp_program.cfp.all_tracks')}</MenuItem>
          {record.tracks.map((name) => (
            <MenuItem key={name} value={name}>
              {name}
            </MenuItem>
          ))}
        </MuiTextField>
        <ReleaseDecisionsButton onDone={reload} />
      </Stack>
      {data && data.length === 0 ? <Alert severity="info">{translate('summitdesk.cfp_program.cfp.ranking_empty')}</Alert> : null}
      {data && data.length > 0 ? (
        <Table size="small" aria-label={translate('summitdesk.cfp_program.cfp.tabs.ranking')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('summitdesk.cfp_program.cfp.columns.rank')}</TableCell>
              <TableCell>{translate('resources.submissions.fields.title')}</TableCell>
              <TableCell>{translate('resources.submissions.fields.track')}</TableCell>
              {['weighted', 'mean', 'spread', 'confidence', 'reviews', 'missing'].map((key) => (
                <TableCell key={key} align="right">
                  {translate(`summitdesk.cfp_program.cfp.columns.${key}`)}
                </TableCell>
              ))}
              <TableCell>{translate('resources.submissions.fields.status')}</TableCell>
              <TableCell>{translate('summitdesk.cfp_program.cfp.columns.decision')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((row, index) => {
              const choices = SubmissionDecisions.filter(
                (decision) => submissionMachine.transition(row.status as SubmissionStatus, decision, 'chair').ok,
              );
              return (
                <TableRow key={row.submissionId}>
                  <TableCell>{index + 1}</TableCell>
                  <TableCell>
                    <Link to={`/submissions/${row.submissionId}/show`}>{row.title}</Link>
                  </TableCell>
                  <TableCell>{row.track ?? '—'}</TableCell>
                  <TableCell align="right">{number(row.weightedScore)}</TableCell>
                  <TableCell align="right">{number(row.meanScore)}</TableCell>
                  <TableCell align="right">{row.spread ?? '—'}</TableCell>
                  <TableCell align="right">{number(row.meanConfidence)}</TableCell>
                  <TableCell align="right">{row.reviews}</TableCell>
                  <TableCell align="right">{row.missingReviews}</TableCell>
                  <TableCell>
                    <SubmissionStatusChip status={row.status as SubmissionStatus} />
                  </TableCell>
                  <TableCell>
                    {choices.length ? (
                      <MuiTextField
                        select
                        size="small"
                        value={row.pendingDecision ?? ''}
                        onChange={(event) => stage(row, event.target.value)}
                        slotProps={{
                          htmlInput: { 'aria-label': `${translate('summitdesk.cfp_program.cfp.columns.decision')}: ${row.title}` },
                        }}
                        sx={{ minWidth: 150 }}
                      >
                        <MenuItem value="">{translate('summitdesk.cfp_program.decisions.none')}</MenuItem>
                        {choices.map((decision) => (
                          <MenuItem key={decision} value={decision}>
                            {translate(`summitdesk.cfp_program.decisions.${decision}`)}
                          </MenuItem>
                        ))}
                      </MuiTextField>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
    </Box>
  );
};
