// The choices a subscriber makes, without the schemas: the public subscribe form imports them and does
// not download zod (subscription.schema.ts re-exports them).

// What a subscriber hears about besides the weekly digest.
export const SubscriptionTopics = ['events', 'cfps', 'contests', 'booth_help'] as const;
export type SubscriptionTopic = (typeof SubscriptionTopics)[number];

export const NewsLanguages = ['en', 'de'] as const;
export type NewsLanguage = (typeof NewsLanguages)[number];
