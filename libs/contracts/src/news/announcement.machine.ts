import { defineMachine } from '../common/state-machine.js';

export const AnnouncementStatuses = ['draft', 'scheduled', 'published'] as const;
export type AnnouncementStatus = (typeof AnnouncementStatuses)[number];

export const AnnouncementActions = ['schedule', 'publish', 'retract'] as const;
export type AnnouncementAction = (typeof AnnouncementActions)[number];

// Who acts on an announcement: an organizer (any), its author (a committee chair writing news for
// their summit), and the system (the queue job that publishes scheduled ones when their time comes).
export const AnnouncementHats = ['organizer', 'author', 'system'] as const;
export type AnnouncementHat = (typeof AnnouncementHats)[number];

export const announcementMachine = defineMachine<AnnouncementStatus, AnnouncementAction, AnnouncementHat>('announcement', {
  schedule: { from: ['draft', 'scheduled'], to: 'scheduled', by: ['organizer', 'author'] },
  publish: { from: ['draft', 'scheduled'], to: 'published', by: ['organizer', 'author', 'system'] },
  // Back to the workbench: a scheduled one is not published after all, a published one leaves the news.
  retract: { from: ['scheduled', 'published'], to: 'draft', by: ['organizer', 'author'] },
});

export const allowedAnnouncementActions = (status: AnnouncementStatus, hats: readonly AnnouncementHat[]): AnnouncementAction[] =>
  AnnouncementActions.filter((action) => hats.some((hat) => announcementMachine.transition(status, action, hat).ok));
