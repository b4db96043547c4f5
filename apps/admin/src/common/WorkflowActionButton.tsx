import type { ReactElement } from 'react';
import { useRecordContext, useTranslate, type RaRecord, type TranslateFunction } from 'react-admin';
import { Button } from './Button';
import { ReasonDialogButton, type ReasonDialogProps } from './ReasonDialogButton';
import { useRecordAction } from './useRecordAction';
import { useViewer, type Viewer } from './useViewer';

// What the dialog says for this record; the button supplies its label, icon, colour and submit.
export type WorkflowDialog = Omit<ReasonDialogProps, 'label' | 'icon' | 'color' | 'isPending' | 'onConfirm' | 'submitLabel'> & {
  submitLabel?: string;
};

type Props<R extends object, A extends string> = {
  // The react-admin resource, e.g. 'booth-proposals'; the action goes to POST /api/<resource>/:id/<action>.
  resource: string;
  // The machine's action name (snake_case), as in libs/contracts.
  action: A;
  // The resource's pure "which actions may this viewer take" function over the contracts' machine.
  allowedActions: (record: R, viewer: Viewer) => readonly A[];
  icon: ReactElement;
  // Translation prefix: label `<messages>.actions.<action>` (the verb), toast `<messages>.done.<action>`.
  messages?: string;
  color?: 'primary' | 'secondary' | 'error' | 'warning' | 'success' | 'inherit';
  size?: 'small' | 'medium' | 'large';
  // The record, when it is not the context's (rows of a rota).
  record?: R;
  // Steps that refuse, cancel or spend ask first: the dialog for this record.
  dialog?: (record: R, translate: TranslateFunction) => WorkflowDialog;
};

// One workflow step as a button labelled with its verb, shown only when the machine allows it.
export const WorkflowActionButton = <R extends object, A extends string>(props: Props<R, A>) => {
  const { resource, action, allowedActions, icon, color = 'primary', size, dialog } = props;
  const fromContext = useRecordContext();
  // The allowed-actions function names the fields it reads; the record is the page's whole record.
  const record = (props.record ?? fromContext) as (R & RaRecord) | undefined;
  const viewer = useViewer();
  const translate = useTranslate();
  const { run, isPending } = useRecordAction(resource);
  if (!record || !allowedActions(record, viewer).includes(action)) return null;
  const messages = props.messages ?? `summitdesk.${resource.replace(/-/g, '_')}`;
  const label = `${messages}.actions.${action}`;
  const successMessage = `${messages}.done.${action}`;
  if (dialog) {
    const { submitLabel = label, ...options } = dialog(record, translate);
    return (
      <ReasonDialogButton
        {...options}
        label={label}
        icon={icon}
        color={color === 'primary' || color === 'error' || color === 'warning' || color === 'success' ? color : 'primary'}
        submitLabel={submitLabel}
        isPending={isPending}
        onConfirm={(data, close) => run(record, action, { data, successMessage, onSuccess: close })}
      />
    );
  }
  return (
    <Button label={label} color={color} size={size} disabled={isPending} onClick={() => void run(record, action, { successMessage })}>
      {icon}
    </Button>
  );
};
