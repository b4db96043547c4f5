import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { User } from '@summitdesk/contracts';
import { humanize } from '../common/text';

export const RoleChip = (_props: { label?: string }) => {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  if (!user) return null;
  return (
    <Chip
      size="small"
      variant={user.role === 'organizer' ? 'filled' : 'outlined'}
      color={user.role === 'organizer' ? 'primary' : 'default'}
      label={translate(`summitdesk.users.roles.${user.role}`, { _: humanize(user.role) })}
    />
  );
};
