import { useId, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Form, TextInput, useTranslate } from 'react-admin';
import { Button } from './Button';
import { useFormState, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { schemaResolver } from './schemaResolver';

export type ReasonDialogProps = {
  // Translation keys, except `title`, which callers translate with the record's own words.
  label: string;
  icon: ReactElement;
  title: string;
  content?: string;
  // The action's body contract from libs/contracts: the dialog validates with it as the forms do.
  schema: z.ZodObject;
  // The default input is a reason; pass other inputs (an amount, a quantity) as children instead.
  children?: ReactNode;
  reasonLabel?: string;
  helperText?: string;
  keepLabel: string;
  submitLabel: string;
  color?: 'primary' | 'error' | 'warning' | 'success';
  // A reason the contract leaves optional but this step needs (the service refuses it empty).
  required?: boolean;
  // The inputs' starting values (the record's carrier, its current role); empty by default.
  defaults?: FieldValues;
  // Shown, but not clickable, when the step cannot be taken yet (no leader to award).
  disabled?: boolean;
  isPending: boolean;
  // Called with the contract-parsed values and a way to close; answering field errors shows them.
  onConfirm: (values: FieldValues, close: () => void) => Promise<Record<string, string> | undefined | void> | void;
};

// A step that refuses, cancels, takes something back or spends money asks first: why, or how much.
// The reason goes to the audit log (and often to the person affected).
export const ReasonDialogButton = (props: ReasonDialogProps) => {
  const {
    label,
    icon,
    title,
    content,
    schema,
    children,
    reasonLabel,
    helperText,
    keepLabel,
    submitLabel,
    color = 'error',
    required = false,
    defaults,
    disabled = false,
    isPending,
    onConfirm,
  } = props;
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const descriptionId = useId();
  const resolver = useMemo(() => schemaResolver(required ? requireReason(schema) : schema), [schema, required]);
  const close = () => setOpen(false);
  // An empty optional reason is left out, as the API expects.
  const submit = (values: FieldValues) => onConfirm({ ...values, reason: values.reason ? values.reason : undefined }, close);
  return (
    <>
      <Button label={label} color={color} disabled={disabled} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        aria-labelledby={titleId}
        aria-describedby={content ? descriptionId : undefined}
        fullWidth
        maxWidth="sm"
      >
        {/* Its own record: the page's record must not become this form's values. */}
        <Form record={defaults ?? {}} resolver={resolver} onSubmit={submit} mode="onChange" noValidate>
          <DialogTitle id={titleId}>{title}</DialogTitle>
          <DialogContent>
            {content ? <DialogContentText id={descriptionId}>{translate(content)}</DialogContentText> : null}
            {children ?? (
              <TextInput
                source="reason"
                autoFocus
                isRequired={required}
                multiline
                minRows={3}
                fullWidth
                margin="normal"
                variant="outlined"
                label={reasonLabel}
                helperText={helperText ?? false}
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button label={keepLabel} onClick={close} />
            <SubmitButton label={submitLabel} color={color} isPending={isPending} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

// Disabled until the contract accepts the values, as the old dialogs disabled it on an empty reason.
const SubmitButton = ({ label, color, isPending }: { label: string; color: ReasonDialogProps['color']; isPending: boolean }) => {
  const { isValid, isSubmitting } = useFormState();
  return <Button label={label} type="submit" variant="contained" color={color} disabled={isPending || isSubmitting || !isValid} />;
};

function requireReason(schema: z.ZodObject): z.ZodObject {
  return schema.superRefine((values: { reason?: unknown }, context) => {
    if (typeof values.reason !== 'string' || values.reason.trim() === '')
      context.addIssue({ code: 'custom', path: ['reason'], message: 'is required' });
  });
}
