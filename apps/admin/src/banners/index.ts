import FlagIcon from '@mui/icons-material/Flag';
import type { Banner } from '@summitdesk/contracts';
import { BannerCreate } from './BannerCreate';
import { BannerEdit } from './BannerEdit';
import { BannerList } from './BannerList';
import { BannerShow } from './BannerShow';

export default {
  list: BannerList,
  show: BannerShow,
  edit: BannerEdit,
  create: BannerCreate,
  icon: FlagIcon,
  recordRepresentation: (banner: Banner) => `${banner.tag} · ${banner.description}`,
};
