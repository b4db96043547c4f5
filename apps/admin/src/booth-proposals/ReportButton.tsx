import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/Assignment';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { BoothProposal } from '@summitdesk/contracts';
import { errorMessage, fieldErrors } from '../common/errors';
import type { SummitdeskDataProvider } from '../dataProvider';
import { toMinor } from './money';
import { ReportPhotos } from './ReportPhotos';
import { useAllowedProposalActions } from './useAllowedProposalActions';

// The post-event report: numbers, lessons and photos; the booth becomes `reported` when it is complete.
export const ReportButton = () => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  const translate = useTranslate();
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ visitors: '', leads: '', actualSpend: '', lessons: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  if (!record || !allowed.includes('report')) return null;
  const currency = record.approvedCurrency ?? record.currency;
  const set = (name: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [name]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setErrors({});
    try {
      await dataProvider.action('booth-proposals', {
        id: record.id,
        action: 'report',
        data: {
          version: record.version,
          visitors: Number(values.visitors),
          leads: Number(values.leads),
          actualSpend: toMinor(values.actualSpend, currency) ?? 0,
          currency,
          lessons: values.lessons,
        },
      });
      notify('summitdesk.booth_proposals.done.report', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (failure) {
      setErrors(fieldErrors(failure) ?? {});
      const message = errorMessage(failure, translate);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };

  const numberField = (name: 'visitors' | 'leads' | 'actualSpend', label: string) => (
    <TextField
      type="number"
      required
      label={label}
      value={values[name]}
      onChange={set(name)}
      error={Boolean(errors[name])}
      helperText={errors[name]}
      slotProps={{ htmlInput: { min: 0, step: name === 'actualSpend' ? 'any' : 1 } }}
    />
  );

  return (
    <>
      <Button label="summitdesk.booth_proposals.actions.report" variant="contained" onClick={() => setOpen(true)}>
        <AssignmentIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('summitdesk.booth_proposals.report_dialog.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('summitdesk.booth_proposals.report_dialog.content')}</DialogContentText>
            <Stack spacing={2} sx={{ mt: 2 }}>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                {numberField('visitors', translate('summitdesk.booth_proposals.report_dialog.visitors'))}
                {numberField('leads', translate('summitdesk.booth_proposals.report_dialog.leads'))}
                {numberField('actualSpend', translate('summitdesk.booth_proposals.report_dialog.actual_spend', { currency }))}
              </Stack>
              <TextField
                required
                multiline
                minRows={3}
                label={translate('summitdesk.booth_proposals.report_dialog.lessons')}
                value={values.lessons}
                onChange={set('lessons')}
                error={Boolean(errors.lessons)}
                helperText={errors.lessons}
              />
              <ReportPhotos record={record} error={errors.photos} />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button label="summitdesk.booth_proposals.reason_dialog.keep" onClick={() => setOpen(false)} />
            <Button label="summitdesk.booth_proposals.report_dialog.submit" type="submit" variant="contained" disabled={pending} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
