// Every string the admin shows goes through one of these keys. Each resource folder has its own
// messages.de.ts; add a resource with one import and one entry below (and the same in en.ts).
import { composeMessages } from './messages';
import { app } from './app.de';
import { messages as boothProposals } from '../booth-proposals/messages.de';
import { messages as boothShifts } from '../booth-shifts/messages.de';
import { messages as inventoryItems } from '../inventory-items/messages.de';
import { messages as budgets } from '../budgets/messages.de';
import { messages as cfps } from '../cfps/messages.de';
import { messages as submissions } from '../submissions/messages.de';
import { messages as committees } from '../committees/messages.de';
import { messages as reviews } from '../reviews/messages.de';
import { messages as reviewQueue } from '../review-queue/messages.de';
import { messages as agendaSlots } from '../agenda-slots/messages.de';
import { messages as contests } from '../contests/messages.de';
import { messages as contestEntries } from '../contest-entries/messages.de';
import { messages as shipments } from '../shipments/messages.de';
import { messages as banners } from '../banners/messages.de';
import { messages as stockMovements } from '../stock-movements/messages.de';
import { messages as events } from '../events/messages.de';
import { messages as users } from '../users/messages.de';
import { messages as auditLog } from '../audit-log/messages.de';
import { messages as publicPages } from '../public/messages.de';
import { messages as account } from '../account/messages.de';
import { messages as sponsors } from '../sponsors/messages.de';
import { messages as sponsorshipPackages } from '../sponsorship-packages/messages.de';
import { messages as sponsorships } from '../sponsorships/messages.de';
import { messages as sponsorPage } from '../sponsor-page/messages.de';
import { messages as presentations } from '../presentations/messages.de';
import { messages as statistics } from '../statistics/messages.de';
import { messages as announcements } from '../announcements/messages.de';
import { messages as digests } from '../digests/messages.de';
import { messages as subscriptions } from '../subscriptions/messages.de';
import { messages as search } from '../search/messages.de';
import { messages as outgoingMails } from '../outgoing-mails/messages.de';
import { messages as discussion } from '../discussion/messages.de';
import { messages as notifications } from '../notifications/messages.de';
import { messages as cfpProgress } from '../cfp-progress/messages.de';
import { messages as bidding } from '../bidding/messages.de';

// Where two folders tell the same audit verb, the later one wins: keep the shared ones (app, events) late.
export const de = composeMessages(
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

export const deValidation: Record<string, string> = {
  'is required': 'ist erforderlich',
  'must be lowercase words joined by hyphens': 'muss aus kleingeschriebenen, mit Bindestrich verbundenen Wörtern bestehen',
  'must be a date as YYYY-MM-DD': 'muss ein Datum im Format JJJJ-MM-TT sein',
  'is not a real calendar date': 'ist kein gültiges Kalenderdatum',
  'must be an IANA time zone such as America/Los_Angeles': 'muss eine IANA-Zeitzone wie Europe/Berlin sein',
  'must be an ISO 3166 alpha-2 country code such as US or DE': 'muss ein ISO-3166-Ländercode wie DE oder AT sein',
  'must be a web address': 'muss eine Webadresse sein',
  'must not be before the start date': 'darf nicht vor dem Beginn liegen',
  'must be an e-mail address': 'muss eine E-Mail-Adresse sein',
  'must be at least 10 characters': 'muss mindestens 10 Zeichen lang sein',
  // Field messages the API sends back in `errors`.
  'is taken': 'ist schon vergeben',
  'already has an account': 'hat schon ein Konto',
  'is not a known field': 'ist kein bekanntes Feld',
  'is too common or too easy to guess; try a longer phrase of unrelated words':
    'ist zu verbreitet oder zu leicht zu erraten; versuchen Sie eine längere Folge unzusammenhängender Wörter',
  'is you': 'sind Sie selbst',
  'would lock you out': 'würde Sie aussperren',
};
