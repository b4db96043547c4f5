import { lazy } from 'react';
import { lazyPage } from '../common/lazyPage';
import SlideshowIcon from '@mui/icons-material/Slideshow';
import type { Presentation } from '@summitdesk/contracts';

// Pages are chunks of their own, fetched when first shown (bench/README.md).
export default {
  list: lazyPage(() => import('./PresentationList').then((module) => module.PresentationList)),
  show: lazy(() => import('./PresentationShow').then((module) => ({ default: module.PresentationShow }))),
  create: lazy(() => import('./PresentationCreate').then((module) => ({ default: module.PresentationCreate }))),
  edit: lazy(() => import('./PresentationEdit').then((module) => ({ default: module.PresentationEdit }))),
  icon: SlideshowIcon,
  recordRepresentation: (presentation: Presentation) => presentation.title,
};
