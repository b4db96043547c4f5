export const EventKinds = ['summit', 'conference', 'meetup', 'tradeshow'] as const;
export type EventKind = (typeof EventKinds)[number];
