import { EditButton, TopToolbar } from 'react-admin';
import { CancelButton } from './CancelButton';
import { ConfirmButton } from './ConfirmButton';
import { MarkHeldButton } from './MarkHeldButton';

export const EventShowActions = () => (
  <TopToolbar>
    <ConfirmButton />
    <MarkHeldButton />
    <CancelButton />
    <EditButton />
  </TopToolbar>
);
