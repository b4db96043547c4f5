import { Stack } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/Assignment';
import { NumberInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { BoothReportSchema, type BoothProposal } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { toMinor } from './money';
import { ReportPhotos } from './ReportPhotos';
import { useAllowedProposalActions } from './useAllowedProposalActions';

// The post-event report: numbers, lessons and photos; the booth becomes `reported` when it is complete.
export const ReportButton = () => {
  const record = useRecordContext<BoothProposal>();
  const allowed = useAllowedProposalActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('booth-proposals');
  if (!record || !allowed.includes('report')) return null;
  const currency = record.approvedCurrency ?? record.currency;
  const number = (source: 'visitors' | 'leads' | 'actualSpend', label: string) => (
    <NumberInput source={source} label={label} isRequired variant="outlined" min={0} step={source === 'actualSpend' ? 0.01 : 1} />
  );
  return (
    <ReasonDialogButton
      label="summitdesk.booth_proposals.actions.report"
      icon={<AssignmentIcon />}
      color="primary"
      title={translate('summitdesk.booth_proposals.report_dialog.title')}
      content="summitdesk.booth_proposals.report_dialog.content"
      schema={BoothReportSchema}
      keepLabel="summitdesk.booth_proposals.reason_dialog.keep"
      submitLabel="summitdesk.booth_proposals.report_dialog.submit"
      isPending={isPending}
      onConfirm={(values, close) =>
        run(record, 'report', {
          data: {
            visitors: values.visitors,
            leads: values.leads,
            actualSpend: toMinor(values.actualSpend, currency) ?? 0,
            currency,
            lessons: values.lessons,
          },
          successMessage: 'summitdesk.booth_proposals.done.report',
          onSuccess: close,
        })
      }
    >
      <Stack spacing={2} sx={{ mt: 2 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {number('visitors', 'summitdesk.booth_proposals.report_dialog.visitors')}
          {number('leads', 'summitdesk.booth_proposals.report_dialog.leads')}
          {number('actualSpend', translate('summitdesk.booth_proposals.report_dialog.actual_spend', { currency }))}
        </Stack>
        <TextInput source="lessons" label="summitdesk.booth_proposals.report_dialog.lessons" isRequired multiline minRows={3} />
        <ReportPhotosWithError record={record} />
      </Stack>
    </ReasonDialogButton>
  );
};

// The server's word on the photos (a report needs at least one) comes back as a form error.
const ReportPhotosWithError = ({ record }: { record: BoothProposal }) => {
  const { errors } = useFormState();
  const message = errors.photos?.message;
  return <ReportPhotos record={record} error={typeof message === 'string' ? message : undefined} />;
};
