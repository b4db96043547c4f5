// Every string the admin shows goes through one of these keys. Each resource folder has its own
// messages.en.ts; add a resource with one import and one entry below (and the same in de.ts).
import { composeMessages } from './messages';
import { app } from './app.en';
import { messages as boothProposals } from '../booth-proposals/messages.en';
import { messages as boothShifts } from '../booth-shifts/messages.en';
import { messages as inventoryItems } from '../inventory-items/messages.en';
import { messages as budgets } from '../budgets/messages.en';
import { messages as cfps } from '../cfps/messages.en';
import { messages as submissions } from '../submissions/messages.en';
import { messages as committees } from '../committees/messages.en';
import { messages as reviews } from '../reviews/messages.en';
import { messages as reviewQueue } from '../review-queue/messages.en';
import { messages as agendaSlots } from '../agenda-slots/messages.en';
import { messages as contests } from '../contests/messages.en';
import { messages as contestEntries } from '../contest-entries/messages.en';
import { messages as shipments } from '../shipments/messages.en';
import { messages as banners } from '../banners/messages.en';
import { messages as stockMovements } from '../stock-movements/messages.en';
import { messages as events } from '../events/messages.en';
import { messages as users } from '../users/messages.en';
import { messages as auditLog } from '../audit-log/messages.en';
import { messages as publicPages } from '../public/messages.en';
import { messages as account } from '../account/messages.en';
import { messages as sponsors } from '../sponsors/messages.en';
import { messages as sponsorshipPackages } from '../sponsorship-packages/messages.en';
import { messages as sponsorships } from '../sponsorships/messages.en';
import { messages as sponsorPage } from '../sponsor-page/messages.en';
import { messages as presentations } from '../presentations/messages.en';
import { messages as statistics } from '../statistics/messages.en';
import { messages as announcements } from '../announcements/messages.en';
import { messages as digests } from '../digests/messages.en';
import { messages as subscriptions } from '../subscriptions/messages.en';
import { messages as search } from '../search/messages.en';
import { messages as outgoingMails } from '../outgoing-mails/messages.en';
import { messages as discussion } from '../discussion/messages.en';
import { messages as notifications } from '../notifications/messages.en';
import { messages as cfpProgress } from '../cfp-progress/messages.en';
import { messages as bidding } from '../bidding/messages.en';

// Where two folders tell the same audit verb, the later one wins: keep the shared ones (app, events) late.
export const en = composeMessages(
  contests,
  contestEntries,
  boothProposals,
  boothShifts,
  inventoryItems,
  budgets,
  cfps,
  submissions,
  committees,
  reviews,
  reviewQueue,
  agendaSlots,
  shipments,
  banners,
  stockMovements,
  app,
  events,
  users,
  auditLog,
  publicPages,
  account,
  sponsors,
  sponsorshipPackages,
  sponsorships,
  sponsorPage,
  presentations,
  statistics,
  announcements,
  digests,
  subscriptions,
  search,
  outgoingMails,
  discussion,
  notifications,
  cfpProgress,
  bidding,
);
