import { Foundation1764100000000 } from './1764100000000-foundation.js';
import { NotificationsAndLedger1764150000000 } from './1764150000000-notifications-and-ledger.js';
import { BoothProgram1764200000000 } from './1764200000000-booth-program.js';
import { InventoryBannersShipments1764250000000 } from './1764250000000-inventory-banners-shipments.js';
import { CallForPapers1764300000000 } from './1764300000000-call-for-papers.js';
import { Contests1764400000000 } from './1764400000000-contests.js';
import { ConflictSources1764500000000 } from './1764500000000-conflict-sources.js';
import { AccountTrust1764510000000 } from './1764510000000-account-trust.js';
import { Sponsorships1764600000000 } from './1764600000000-sponsorships.js';
import { AuditEntityNames1764700000000 } from './1764700000000-audit-entity-names.js';
import { BudgetSponsorshipGoal1764800000000 } from './1764800000000-budget-sponsorship-goal.js';
import { News1764910000000 } from './1764910000000-news.js';
import { PresentationLibrary1764920000000 } from './1764920000000-presentation-library.js';
import { ListIndexes1764960000000 } from './1764960000000-list-indexes.js';
import { AgendaLayout1764995000000 } from './1764995000000-agenda-layout.js';
import { InAppNotifications1764998000000 } from './1764998000000-in-app-notifications.js';
import { TopicsAndBids1765000000000 } from './1765000000000-topics-and-bids.js';
import { ReviewFormsRoundsResponses1765010000000 } from './1765010000000-review-forms-rounds-responses.js';
import { DiscussionMeeting1765020000000 } from './1765020000000-discussion-meeting.js';
import { MailLanguage1765030000000 } from './1765030000000-mail-language.js';
import { BidConflicts1765040000000 } from './1765040000000-bid-conflicts.js';
import { ListOrderTies1765050000000 } from './1765050000000-list-order-ties.js';

// Every migration in the order it runs; a new one is appended here as well as added as a file.
export const migrations = [
  Foundation1764100000000,
  NotificationsAndLedger1764150000000,
  BoothProgram1764200000000,
  InventoryBannersShipments1764250000000,
  CallForPapers1764300000000,
  Contests1764400000000,
  ConflictSources1764500000000,
  AccountTrust1764510000000,
  Sponsorships1764600000000,
  AuditEntityNames1764700000000,
  BudgetSponsorshipGoal1764800000000,
  News1764910000000,
  PresentationLibrary1764920000000,
  ListIndexes1764960000000,
  AgendaLayout1764995000000,
  InAppNotifications1764998000000,
  TopicsAndBids1765000000000,
  ReviewFormsRoundsResponses1765010000000,
  DiscussionMeeting1765020000000,
  MailLanguage1765030000000,
  BidConflicts1765040000000,
  ListOrderTies1765050000000,
];
