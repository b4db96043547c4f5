import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import { Confirm, useRecordContext, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import type { User } from '@summitdesk/contracts';
import { useRecordAction } from '../common/useRecordAction';
import { useIsCurrentUser } from './useIsCurrentUser';

export const DisableButton = () => {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  const isSelf = useIsCurrentUser(user?.id);
  const { run, isPending } = useRecordAction('users');
  const [open, setOpen] = useState(false);
  if (!user || user.disabled || isSelf) return null;
  return (
    <>
      <Button label="summitdesk.users.disable" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={translate('summitdesk.users.disable_dialog_title', { name: user.name })}
        content="summitdesk.users.disable_dialog_content"
        confirm="summitdesk.users.disable"
        confirmColor="warning"
        onConfirm={() => run(user, 'disable', { successMessage: 'summitdesk.users.disabled_done', onSuccess: () => setOpen(false) })}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
