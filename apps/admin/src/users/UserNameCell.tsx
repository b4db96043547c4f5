import { Typography } from '@mui/material';
import type { User } from '@summitdesk/contracts';

// Name with the affiliation beneath, so the list stays narrow enough for the filter sidebar.
export const UserNameCell = ({ user }: { user: User }) => (
  <>
    <Typography variant="body2">{user.name}</Typography>
    {user.affiliation ? (
      <Typography variant="caption" color="text.secondary">
        {user.affiliation}
      </Typography>
    ) : null}
  </>
);
