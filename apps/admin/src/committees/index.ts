import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import GroupsIcon from '@mui/icons-material/Groups';
import type { Committee } from '@summitdesk/contracts';

export default {
  list: lazyPage(() => import('./CommitteeList').then((module) => module.CommitteeList)),
  show: lazy(() => import('./CommitteeShow').then((module) => ({ default: module.CommitteeShow }))),
  create: lazy(() => import('./CommitteeCreate').then((module) => ({ default: module.CommitteeCreate }))),
  icon: GroupsIcon,
  recordRepresentation: (committee: Committee) => committee.name,
};
