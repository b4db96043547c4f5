import PeopleIcon from '@mui/icons-material/People';
import type { User } from '@summitdesk/contracts';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

// No create: people register themselves (or an operator runs `npm run user:create`).
export default {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: (user: User) => user.name,
};
