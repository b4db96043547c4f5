import { NewsLanguages, SubscriptionTopics } from '@summitdesk/contracts';

export const topicChoices = SubscriptionTopics.map((topic) => ({ id: topic, name: `summitdesk.subscriptions.topics.${topic}` }));
export const languageChoices = NewsLanguages.map((language) => ({ id: language, name: `summitdesk.subscriptions.languages.${language}` }));
