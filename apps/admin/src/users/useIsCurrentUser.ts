import { useGetIdentity, type Identifier } from 'react-admin';

// Organizers may not disable or demote themselves (the API refuses it too); hide those buttons.
export function useIsCurrentUser(id: Identifier | undefined): boolean {
  const { identity } = useGetIdentity();
  return id != null && identity?.id != null && String(identity.id) === String(id);
}
