import SlideshowIcon from '@mui/icons-material/Slideshow';
import type { Presentation } from '@summitdesk/contracts';
import { PresentationCreate } from './PresentationCreate';
import { PresentationEdit } from './PresentationEdit';
import { PresentationList } from './PresentationList';
import { PresentationShow } from './PresentationShow';

export default {
  list: PresentationList,
  show: PresentationShow,
  create: PresentationCreate,
  edit: PresentationEdit,
  icon: SlideshowIcon,
  recordRepresentation: (presentation: Presentation) => presentation.title,
};
