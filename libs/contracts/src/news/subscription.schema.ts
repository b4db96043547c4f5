import { z } from 'zod';
import { CountryCodeSchema } from '../common/fields.js';
import { NewsLanguages, SubscriptionTopics, type NewsLanguage, type SubscriptionTopic } from './subscription-choices.js';

export { NewsLanguages, SubscriptionTopics, type NewsLanguage, type SubscriptionTopic } from './subscription-choices.js';

const Preferences = z.object({
  digest: z.boolean().default(true),
  topics: z.array(z.enum(SubscriptionTopics)).max(SubscriptionTopics.length).default([]),
  // "Events near a country": announcements about events there.
  country: CountryCodeSchema.nullish(),
  language: z.enum(NewsLanguages).default('en'),
});

export const SubscribeSchema = Preferences.extend({ email: z.email('must be an e-mail address').max(320) }).strict();
export type Subscribe = z.infer<typeof SubscribeSchema>;

export const LinkTokenSchema = z.object({ token: z.string().min(1).max(1_000) }).strict();
export type LinkToken = z.infer<typeof LinkTokenSchema>;

// A member's own settings: subscriptions, and whether the digest may thank them by name.
export const UpdateMySubscriptionSchema = Preferences.extend({
  creditConsent: z.boolean().default(false),
  email: z.unknown().optional(),
  confirmed: z.unknown().optional(),
  id: z.unknown().optional(),
}).strict();
export type UpdateMySubscription = z.infer<typeof UpdateMySubscriptionSchema>;

export type MySubscription = {
  id: 'me';
  email: string;
  digest: boolean;
  topics: SubscriptionTopic[];
  country: string | null;
  language: NewsLanguage;
  creditConsent: boolean;
  confirmed: boolean;
};
