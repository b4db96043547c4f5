export { SponsorPage } from './SponsorPage';
export { SponsorReturnPage } from './SponsorReturnPage';
export { SPONSOR_RETURN_PATH } from './returnUrl';
