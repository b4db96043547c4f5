export { SponsorPage } from './SponsorPage';
