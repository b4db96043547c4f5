import { useId, useState, type FormEvent } from 'react';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
} from '@mui/material';
import BadgeIcon from '@mui/icons-material/Badge';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { Roles, type Role, type User } from '@summitdesk/contracts';
import { humanize } from '../common/text';
import { useRecordAction } from '../common/useRecordAction';
import { useIsCurrentUser } from './useIsCurrentUser';

export const ChangeRoleButton = () => {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  const isSelf = useIsCurrentUser(user?.id);
  const { run, isPending } = useRecordAction('users');
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<Role | undefined>();
  const titleId = useId();
  const labelId = useId();
  if (!user || isSelf) return null;

  const chosen = role ?? user.role;
  const close = () => {
    setOpen(false);
    setRole(undefined);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(user, 'role', { data: { role: chosen }, successMessage: 'summitdesk.users.role_changed', onSuccess: close });
  };

  return (
    <>
      <Button label="summitdesk.users.change_role" onClick={() => setOpen(true)}>
        <BadgeIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="xs">
        <form onSubmit={submit}>
          <DialogTitle id={titleId}>{translate('summitdesk.users.role_dialog_title', { name: user.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('summitdesk.users.role_dialog_content')}</DialogContentText>
            <FormControl sx={{ mt: 2 }}>
              <FormLabel id={labelId}>{translate('resources.users.fields.role')}</FormLabel>
              <RadioGroup aria-labelledby={labelId} value={chosen} onChange={(event) => setRole(event.target.value as Role)}>
                {Roles.map((value) => (
                  <FormControlLabel
                    key={value}
                    value={value}
                    control={<Radio />}
                    label={translate(`summitdesk.users.roles.${value}`, { _: humanize(value) })}
                  />
                ))}
              </RadioGroup>
            </FormControl>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={close} />
            <Button label="summitdesk.users.save_role" type="submit" variant="contained" disabled={isPending || chosen === user.role} />
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
