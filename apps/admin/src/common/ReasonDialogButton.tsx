import { useId, useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { Button, useTranslate } from 'react-admin';

type Props = {
  // Translation keys, except `title`, which callers translate with the record's own words.
  label: string;
  icon: ReactElement;
  title: string;
  content?: string;
  reasonLabel: string;
  helperText?: string;
  keepLabel: string;
  submitLabel: string;
  color?: 'primary' | 'error';
  required?: boolean;
  maxLength?: number;
  isPending: boolean;
  // More inputs above the reason (a refund's amount); `invalid` keeps submit off while they are wrong.
  children?: ReactNode;
  invalid?: boolean;
  // Called with the trimmed reason (undefined when left empty and optional) and a way to close.
  onConfirm: (reason: string | undefined, close: () => void) => void;
};

// A step that refuses, cancels or takes something back asks why first; the reason goes to the
// audit log (and often to the person affected).
export const ReasonDialogButton = ({ label, icon, title, content, reasonLabel, helperText, keepLabel, submitLabel, color = 'error', required = true, maxLength = 1000, isPending, children, invalid = false, onConfirm }: Props) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const titleId = useId();
  const descriptionId = useId();
  const close = () => {
    setOpen(false);
    setReason('');
  };
  const missing = required && !reason.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing || invalid) return;
    onConfirm(reason.trim() || undefined, close);
  };
  return (
    <>
      <Button label={label} color={color} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} aria-describedby={content ? descriptionId : undefined} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{title}</DialogTitle>
          <DialogContent>
            {content ? <DialogContentText id={descriptionId}>{translate(content)}</DialogContentText> : null}
            {children}
            <TextField
              autoFocus
              required={required}
              multiline
              minRows={3}
              fullWidth
              margin="normal"
              variant="outlined"
              label={translate(reasonLabel)}
              helperText={helperText ? translate(helperText) : undefined}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              slotProps={{ htmlInput: { maxLength } }}
            />
          </DialogContent>
          <DialogActions>
            <Button label={keepLabel} onClick={close} />
            <Button label={submitLabel} type="submit" variant="contained" color={color} disabled={isPending || missing || invalid} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
