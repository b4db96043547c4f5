import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { User } from '@summitdesk/contracts';

export const AccountStatusChip = (_props: { label?: string }) => {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  if (!user) return null;
  return user.disabled ? (
    <Chip size="small" color="error" label={translate('summitdesk.users.filters.disabled')} />
  ) : (
    <Chip size="small" color="success" variant="outlined" label={translate('summitdesk.users.filters.active')} />
  );
};
