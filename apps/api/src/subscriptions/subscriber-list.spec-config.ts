import type { ListSpec } from '../common/list-query.js';

// A subscriber's state as organizers read it: an address waiting for its confirmation link, a
// confirmed reader, or one who unsubscribed (the row stays so a later mail is never sent by mistake).
const SubscriberStatuses = ['pending', 'confirmed', 'unsubscribed'] as const;
const SUBSCRIBER_STATUS = `(CASE WHEN s.unsubscribed_at IS NOT NULL THEN 'unsubscribed'
  WHEN s.confirmed_at IS NOT NULL THEN 'confirmed' ELSE 'pending' END)`;

export const subscriberListSpec: ListSpec = {
  resource: 'subscribers',
  sortable: { id: 's.id', email: 's.email', createdAt: 's.created_at', confirmedAt: 's.confirmed_at', language: 's.language' },
  filterable: {
    id: { column: 's.id', type: 'int' },
    status: { column: SUBSCRIBER_STATUS, type: 'text', values: SubscriberStatuses },
    language: { column: 's.language', type: 'text', values: ['en', 'de'] },
    digest: { column: 's.digest', type: 'bool' },
  },
  search: 's.email',
  defaultSort: ['createdAt', 'DESC'],
  idColumn: 's.id',
};
