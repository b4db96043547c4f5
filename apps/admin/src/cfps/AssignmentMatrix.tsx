import { useState } from 'react';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { Link, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import type { Cfp } from '@summitdesk/contracts';
import { errorMessage, useNotifyError } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';
import { AssignmentPreview } from './AssignmentPreview';
import { useCfpResource } from './useCfpApi';

type Matrix = {
  reviewsPerSubmission: number;
  reviewers: Array<{ id: number; name: string; role: string; load: number }>;
  submissions: Array<{ id: number; title: string; track: string | null; status: string; assigned: number[]; conflicted: number[] }>;
};

// Reviewers × submissions: preview and apply the automatic assignment, then click a cell to assign or
// unassign by hand. Conflicted cells are greyed and cannot be clicked.
export const AssignmentMatrix = () => {
  const record = useRecordContext<Cfp>();
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const { data, error, reload } = useCfpResource<Matrix>(record?.id, 'assignment-matrix');
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  if (error) return <Alert severity="error">{errorMessage(error, translate)}</Alert>;
  const attempt = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      await reload();
    } catch (failure) {
      notifyError(failure);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (submissionId: number, reviewerId: number, assigned: boolean) =>
    attempt(async () => {
      if (!assigned) {
        await dataProvider.create('review-assignments', { data: { submissionId, reviewerId } });
        return;
      }
      const { data: found } = await dataProvider.getList('review-assignments', {
        filter: { submissionId, reviewerId },
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
      });
      if (found[0]) await dataProvider.delete('review-assignments', { id: found[0].id });
    });
  return (
    <Box>
      <AssignmentPreview cfpId={record.id} onApplied={reload} />
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('summitdesk.cfp_program.cfp.matrix_legend')}
      </Alert>
      {data ? (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('summitdesk.cfp_program.cfp.tabs.assignment')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.submissions.fields.title')}</TableCell>
                {data.reviewers.map((reviewer) => (
                  <TableCell key={reviewer.id} align="center" sx={{ whiteSpace: 'nowrap' }}>
                    {reviewer.name}
                    <br />({reviewer.load})
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.submissions.map((submission) => (
                <TableRow key={submission.id}>
                  <TableCell>
                    <Link to={`/submissions/${submission.id}/show`}>{submission.title}</Link>
                  </TableCell>
                  {data.reviewers.map((reviewer) => {
                    const conflicted = submission.conflicted.includes(reviewer.id);
                    const assigned = submission.assigned.includes(reviewer.id);
                    const label = `${submission.title} — ${reviewer.name}`;
                    return (
                      <TableCell
                        key={reviewer.id}
                        align="center"
                        sx={conflicted ? { bgcolor: 'action.disabledBackground', color: 'text.disabled' } : undefined}
                      >
                        {conflicted ? (
                          <Tooltip title={translate('summitdesk.cfp_program.cfp.conflicted')}>
                            <span aria-label={`${label}: ${translate('summitdesk.cfp_program.cfp.conflicted')}`}>✕</span>
                          </Tooltip>
                        ) : (
                          <Button
                            label=""
                            aria-label={label}
                            aria-pressed={assigned}
                            disabled={busy}
                            onClick={() => toggle(submission.id, reviewer.id, assigned)}
                            sx={{ minWidth: 32 }}
                          >
                            <span>{assigned ? '✓' : '·'}</span>
                          </Button>
                        )}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </Box>
  );
};
