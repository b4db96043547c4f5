export { SponsorPage } from './SponsorPage';
export { CheckoutOutcomePanel } from './CheckoutOutcomePanel';
