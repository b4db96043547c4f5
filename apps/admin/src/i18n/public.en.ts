// The English the public pages show (calendar, event pages and programs, library, contests, news,
// digests, subscribing): the folders they read their strings from, not the whole admin's catalog
// (en.ts), which would more than double what a visitor downloads for words (bench/README.md).
// German loads the whole German catalog on first use, as in the admin.
import { composeMessages } from './messages';
import { app } from './app.en';
import { messages as agendaSlots } from '../agenda-slots/messages.en';
import { messages as contests } from '../contests/messages.en';
import { messages as events } from '../events/messages.en';
import { messages as publicPages } from '../public/messages.en';
import { messages as sponsors } from '../sponsors/messages.en';
import { messages as sponsorships } from '../sponsorships/messages.en';
import { messages as presentations } from '../presentations/messages.en';
import { messages as announcements } from '../announcements/messages.en';
import { messages as digests } from '../digests/messages.en';
import { messages as subscriptions } from '../subscriptions/messages.en';

// In en.ts's order, so that a key two folders share reads the same here.
export const publicEn = composeMessages(
  contests,
  agendaSlots,
  app,
  events,
  publicPages,
  sponsors,
  sponsorships,
  presentations,
  announcements,
  digests,
  subscriptions,
);
