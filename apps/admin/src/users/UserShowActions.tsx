import { EditButton, TopToolbar } from 'react-admin';
import { ChangeRoleButton } from './ChangeRoleButton';
import { DisableButton } from './DisableButton';
import { EnableButton } from './EnableButton';

export const UserShowActions = () => (
  <TopToolbar>
    <ChangeRoleButton />
    <EnableButton />
    <DisableButton />
    <EditButton />
  </TopToolbar>
);
