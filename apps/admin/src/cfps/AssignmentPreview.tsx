import { useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import PreviewIcon from '@mui/icons-material/Preview';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Link, useNotify, useTranslate, type Identifier } from 'react-admin';
import { Button } from '../common/Button';
import { ReviewAssignmentErrorCodes, type AssignmentPreview as Preview, type AssignmentPreviewPair } from '@summitdesk/contracts';
import { fieldErrors, useNotifyError } from '../common/errors';
import { usePostToCfp } from './useCfpApi';

type Loads = { minLoad: string; maxLoad: string };
type Kind = 'added' | 'unchanged' | 'removed';
const kinds: Kind[] = ['added', 'unchanged', 'removed'];
const chipColor = { added: 'success', unchanged: 'default', removed: 'error' } as const;
const mark = { added: '+', unchanged: '=', removed: '−' } as const;

const numberOrUndefined = (text: string) => (text.trim() === '' ? undefined : Number(text));

// Per submission: who is added, kept and removed, and why it is still short of reviewers.
function bySubmission(preview: Preview) {
  const rows = new Map<number, { title: string; pairs: Record<Kind, AssignmentPreviewPair[]>; missing?: Preview['underfilled'][number] }>();
  const row = (submissionId: number, title: string) => {
    if (!rows.has(submissionId)) rows.set(submissionId, { title, pairs: { added: [], unchanged: [], removed: [] } });
    return rows.get(submissionId)!;
  };
  for (const kind of kinds) for (const pair of preview[kind]) row(pair.submissionId, pair.title).pairs[kind].push(pair);
  for (const short of preview.underfilled) row(short.submissionId, short.title).missing = short;
  return [...rows.entries()].sort((a, b) => a[1].title.localeCompare(b[1].title));
}

// Per reviewer: how many added, kept and removed, and the load once applied.
function byReviewer(preview: Preview) {
  const rows = new Map<number, { name: string } & Record<Kind, number>>();
  for (const kind of kinds)
    for (const pair of preview[kind]) {
      const row = rows.get(pair.reviewerId) ?? { name: pair.reviewerName, added: 0, unchanged: 0, removed: 0 };
      row[kind] += 1;
      rows.set(pair.reviewerId, row);
    }
  return [...rows.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name));
}

// The chair's automatic assignment in two steps: preview the optimal assignment as a diff for the loads
// they set, then apply exactly that preview. When another chair (or a bid, a conflict) changed things in
// between, the API answers 409 and the chair previews again.
export const AssignmentPreview = ({ cfpId, onApplied }: { cfpId: Identifier; onApplied: () => Promise<void> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const postToCfp = usePostToCfp();
  const [loads, setLoads] = useState<Loads>({ minLoad: '', maxLoad: '' });
  const [preview, setPreview] = useState<Preview>();
  const [previewedLoads, setPreviewedLoads] = useState<Loads>();
  const [stale, setStale] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const t = (key: string, args?: Record<string, unknown>) => translate(`summitdesk.cfp_program.assignment.${key}`, args);

  const body = (from: Loads) => ({ minLoad: numberOrUndefined(from.minLoad), maxLoad: numberOrUndefined(from.maxLoad) });
  const fail = (failure: unknown) => {
    setErrors(fieldErrors(failure) ?? {});
    notifyError(failure);
  };
  const runPreview = async () => {
    setBusy(true);
    setErrors({});
    try {
      setPreview(await postToCfp<Preview>(cfpId, 'assign', { preview: true, ...body(loads) }));
      setPreviewedLoads(loads);
      setStale(false);
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    if (!preview || !previewedLoads) return;
    setBusy(true);
    try {
      const result = await postToCfp<Preview>(cfpId, 'assign', { fingerprint: preview.fingerprint, ...body(previewedLoads) });
      notify('summitdesk.cfp_program.cfp.assigned', {
        type: 'success',
        messageArgs: { created: result.added.length, short: result.underfilled.length },
      });
      setPreview(undefined);
      await onApplied();
    } catch (failure) {
      if ((failure as { body?: { code?: string } }).body?.code === ReviewAssignmentErrorCodes.PREVIEW_STALE) setStale(true);
      else fail(failure);
    } finally {
      setBusy(false);
    }
  };
  const changed = previewedLoads && (previewedLoads.minLoad !== loads.minLoad || previewedLoads.maxLoad !== loads.maxLoad);

  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {t('title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('intro')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
        {(['minLoad', 'maxLoad'] as const).map((field) => (
          <TextField
            key={field}
            type="number"
            size="small"
            label={t(field)}
            value={loads[field]}
            onChange={(event) => setLoads({ ...loads, [field]: event.target.value })}
            error={!!errors[field]}
            helperText={errors[field] ?? t(`${field}_help`)}
            sx={{ width: { xs: '100%', sm: 240 } }}
            slotProps={{ htmlInput: { min: 0, max: 1000 } }}
          />
        ))}
        <Button
          label="summitdesk.cfp_program.assignment.preview"
          variant="outlined"
          disabled={busy}
          onClick={runPreview}
          sx={{ flexShrink: 0, alignSelf: { xs: 'flex-start', sm: 'center' } }}
        >
          <PreviewIcon />
        </Button>
        <Button
          label="summitdesk.cfp_program.assignment.apply"
          variant="contained"
          disabled={busy || !preview || stale || preview.added.length + preview.removed.length === 0}
          onClick={apply}
          sx={{ flexShrink: 0, alignSelf: { xs: 'flex-start', sm: 'center' } }}
        >
          <DoneAllIcon />
        </Button>
      </Stack>
      {stale ? (
        <Alert
          severity="warning"
          sx={{ mt: 2 }}
          action={<Button label="summitdesk.cfp_program.assignment.preview_again" disabled={busy} onClick={runPreview} />}
        >
          <AlertTitle>{t('stale_title')}</AlertTitle>
          {t('stale')}
        </Alert>
      ) : null}
      {changed && preview && !stale ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('loads_changed')}
        </Alert>
      ) : null}
      {preview ? <PreviewDiff preview={preview} /> : null}
    </Paper>
  );
};

const PreviewDiff = ({ preview }: { preview: Preview }) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`summitdesk.cfp_program.assignment.${key}`, args);
  const submissions = bySubmission(preview);
  const reviewers = byReviewer(preview);
  return (
    <Box sx={{ mt: 2 }} aria-live="polite">
      <Alert severity={preview.underfilled.length ? 'warning' : 'success'} sx={{ mb: 2 }}>
        {t('summary', {
          added: preview.added.length,
          unchanged: preview.unchanged.length,
          removed: preview.removed.length,
          short: preview.underfilled.length,
          min: preview.minLoad,
          max: preview.maxLoad,
        })}
      </Alert>
      {submissions.length === 0 ? (
        <Typography>{t('nothing')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('by_submission')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.submissions.fields.title')}</TableCell>
                <TableCell>{t('reviewers')}</TableCell>
                <TableCell>{t('short')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {submissions.map(([id, row]) => (
                <TableRow key={id}>
                  <TableCell>
                    <Link to={`/submissions/${id}/show`}>{row.title}</Link>
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      {kinds.flatMap((kind) =>
                        row.pairs[kind].map((pair) => (
                          <Chip
                            key={`${kind}-${pair.reviewerId}`}
                            size="small"
                            variant={kind === 'unchanged' ? 'outlined' : 'filled'}
                            color={chipColor[kind]}
                            label={`${mark[kind]} ${pair.reviewerName}`}
                            aria-label={`${pair.reviewerName}: ${t(`kinds.${kind}`)}`}
                          />
                        )),
                      )}
                    </Stack>
                  </TableCell>
                  <TableCell>
                    {row.missing ? t('missing', { smart_count: row.missing.missing, reason: t(`reasons.${row.missing.reason}`) }) : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Table size="small" aria-label={t('by_reviewer')} sx={{ mt: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('reviewer')}</TableCell>
                {kinds.map((kind) => (
                  <TableCell key={kind} align="right">
                    {t(`kinds.${kind}`)}
                  </TableCell>
                ))}
                <TableCell align="right">{t('load_after')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {reviewers.map(([id, row]) => (
                <TableRow key={id}>
                  <TableCell>{row.name}</TableCell>
                  {kinds.map((kind) => (
                    <TableCell key={kind} align="right">
                      {row[kind]}
                    </TableCell>
                  ))}
                  <TableCell align="right">{row.added + row.unchanged}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
