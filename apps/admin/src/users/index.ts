import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import PeopleIcon from '@mui/icons-material/People';
import type { User } from '@summitdesk/contracts';

// No create: people register themselves (or an operator runs `npm run user:create`).
export default {
  list: lazyPage(() => import('./UserList').then((module) => module.UserList)),
  show: lazy(() => import('./UserShow').then((module) => ({ default: module.UserShow }))),
  edit: lazy(() => import('./UserEdit').then((module) => ({ default: module.UserEdit }))),
  icon: PeopleIcon,
  recordRepresentation: (user: User) => user.name,
};
