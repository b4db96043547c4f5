import GavelIcon from '@mui/icons-material/Gavel';
import { RadioButtonGroupInput, useRecordContext, useTranslate } from 'react-admin';
import { DecideSubmissionSchema, SubmissionDecisions, type Submission } from '@summitdesk/contracts';
import { ReasonDialogButton } from '../common/ReasonDialogButton';
import { useRecordAction } from '../common/useRecordAction';
import { useAllowedSubmissionActions } from './useAllowedSubmissionActions';

// "No decision" is null in the contract; the radio group needs a value to show it.
const NONE = 'none';

// The chair stages a decision; nothing reaches the speakers until decisions are released. The
// dialog validates with the route's own contract, as the forms do.
export const DecideButton = () => {
  const record = useRecordContext<Submission>();
  const allowed = useAllowedSubmissionActions(record);
  const translate = useTranslate();
  const { run, isPending } = useRecordAction('submissions');
  const choices = SubmissionDecisions.filter((choice) => allowed.includes(choice));
  if (!record || record.viewerRole !== 'chair' || choices.length === 0) return null;
  return (
    <ReasonDialogButton
      label="summitdesk.cfp_program.actions.decide"
      icon={<GavelIcon />}
      color="primary"
      title={translate('summitdesk.cfp_program.decide_dialog.title', { title: record.title })}
      content="summitdesk.cfp_program.decide_dialog.content"
      schema={DecideSubmissionSchema}
      defaults={{ decision: record.pendingDecision ?? null }}
      keepLabel="ra.action.cancel"
      submitLabel="summitdesk.cfp_program.decide_dialog.submit"
      isPending={isPending}
      onConfirm={(values, close) =>
        run(record, 'decide', {
          data: { decision: values.decision ?? null },
          successMessage: 'summitdesk.cfp_program.done.decide',
          onSuccess: close,
        })
      }
    >
      <RadioButtonGroupInput
        source="decision"
        label={false}
        row={false}
        format={(value: string | null | undefined) => value ?? NONE}
        parse={(value: string) => (value === NONE ? null : value)}
        choices={[...choices, NONE].map((choice) => ({ id: choice, name: `summitdesk.cfp_program.decisions.${choice}` }))}
        helperText={false}
      />
    </ReasonDialogButton>
  );
};
