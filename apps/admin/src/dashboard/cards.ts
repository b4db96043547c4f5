import type { ComponentType } from 'react';
import type { Role } from '@summitdesk/contracts';
import { EventsByStatusCard } from '../events/EventsByStatusCard';
import { UpcomingEventsCard } from '../events/UpcomingEventsCard';
import { ContestTurnoutCard } from '../contests/ContestTurnoutCard';
import { OpenContestsCard } from '../contests/OpenContestsCard';
import { BannersOutCard } from './BannersOutCard';
import { OverdueShipmentsCard } from './OverdueShipmentsCard';
import { ParcelsInFlightCard } from './ParcelsInFlightCard';
import { ShipmentWarningsCard } from './ShipmentWarningsCard';
import { BoothPipelineCard } from './BoothPipelineCard';
import { BudgetBurnDownCard } from './BudgetBurnDownCard';
import { MyBoothProposalsCard } from './MyBoothProposalsCard';
import { MyBoothShiftsCard } from './MyBoothShiftsCard';
import { SponsorshipIncomeCard } from '../sponsorships/SponsorshipIncomeCard';
import { MyTalksCard } from '../submissions/MyTalksCard';
import { ReviewsToDoCard } from '../review-queue/ReviewsToDoCard';
import { LatestNewsCard } from '../announcements/LatestNewsCard';
import { CfpProgressCard } from '../cfp-progress/CfpProgressCard';

export type DashboardCardDefinition = {
  key: string;
  component: ComponentType;
  // Who sees it on their home page.
  roles: readonly Role[];
  // Cards are one grid column wide; 'wide' spans two where the screen has room (charts, tables).
  size?: 'normal' | 'wide';
};

// The home pages are grids of these cards, in this order. A feature adds its card here,
// keeping the component in its own folder (events/EventsByStatusCard.tsx).
export const dashboardCards: DashboardCardDefinition[] = [
  // First for whoever has reviews open: the work they came for.
  { key: 'reviews-to-do', component: ReviewsToDoCard, roles: ['organizer', 'member'] },
  // Organizers and chairs: how the review of each open call is going (nothing for other members).
  { key: 'cfp-progress', component: CfpProgressCard, roles: ['organizer', 'member'], size: 'wide' },
  { key: 'events-by-status', component: EventsByStatusCard, roles: ['organizer'] },
  { key: 'upcoming-events', component: UpcomingEventsCard, roles: ['organizer', 'member'], size: 'wide' },
  { key: 'open-contests', component: OpenContestsCard, roles: ['organizer', 'member'] },
  { key: 'latest-news', component: LatestNewsCard, roles: ['member'] },
  { key: 'contest-turnout', component: ContestTurnoutCard, roles: ['organizer'] },
  { key: 'parcels-in-flight', component: ParcelsInFlightCard, roles: ['organizer'] },
  { key: 'overdue-shipments', component: OverdueShipmentsCard, roles: ['organizer'] },
  { key: 'banners-out', component: BannersOutCard, roles: ['organizer'] },
  { key: 'shipment-warnings', component: ShipmentWarningsCard, roles: ['organizer'], size: 'wide' },
  { key: 'booth-pipeline', component: BoothPipelineCard, roles: ['organizer'] },
  { key: 'budget-burn-down', component: BudgetBurnDownCard, roles: ['organizer'], size: 'wide' },
  { key: 'sponsorship-income', component: SponsorshipIncomeCard, roles: ['organizer'] },
  { key: 'my-booth-proposals', component: MyBoothProposalsCard, roles: ['member'] },
  { key: 'my-booth-shifts', component: MyBoothShiftsCard, roles: ['member'] },
  { key: 'my-talks', component: MyTalksCard, roles: ['member'] },
];
