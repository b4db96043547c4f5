// Every string the admin shows goes through one of these keys. Each resource folder has its own
// messages.en.ts; add a resource with one import and one entry below (and the same in de.ts).
import { composeMessages } from './messages';
import { app } from './app.en';
import { messages as boothProposals } from '../booth-proposals/messages.en';
import { messages as cfps } from '../cfps/messages.en';
import { messages as contests } from '../contests/messages.en';
import { messages as contestEntries } from '../contest-entries/messages.en';
import { messages as shipments } from '../shipments/messages.en';
import { messages as events } from '../events/messages.en';
import { messages as users } from '../users/messages.en';
import { messages as auditLog } from '../audit-log/messages.en';
import { messages as publicPages } from '../public/messages.en';

export const en = composeMessages(
  contests,
  contestEntries,
  boothProposals,
  cfps,
  shipments,
  app,
  events,
  users,
  auditLog,
  publicPages,
);
