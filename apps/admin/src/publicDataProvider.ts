import type { Identifier, SortPayload } from 'react-admin';
import { API_URL, httpClient } from './httpClient';

export type CommandParams = { command: string; data?: Record<string, unknown>; anonymous?: boolean };
export type PublicListParams = { sort?: SortPayload; range?: [number, number]; filter?: Record<string, unknown>; signal?: AbortSignal };
export type PublicViewParams = { id: Identifier; view?: string; query?: Record<string, string>; signal?: AbortSignal };

const segment = (value: Identifier) => encodeURIComponent(String(value));

// The data provider's methods the public pages call (reads without a token, and commands such as
// subscribing), apart from react-admin's CRUD methods: the public shell uses these alone and so does
// not download ra-data-simple-rest and query-string. dataProvider.ts spreads them into the admin's.
export const publicReads = {
  // GET /api/public/<resource>?sort&range&filter: a list anyone may read.
  getPublicList: async <T>(resource: string, { sort, range, filter, signal }: PublicListParams) => {
    const query = new URLSearchParams();
    if (sort) query.set('sort', JSON.stringify([sort.field, sort.order]));
    if (range) query.set('range', JSON.stringify(range));
    if (filter) query.set('filter', JSON.stringify(filter));
    const { json } = await httpClient<T[]>(`${API_URL}/public/${resource}?${query}`, { anonymous: true, signal });
    return { data: Array.isArray(json) ? json : [] };
  },
  // GET /api/public/<resource>/:id[/<view>]: one public record or a view of it.
  getPublicView: async <T>(resource: string, { id, view, query, signal }: PublicViewParams) => {
    const path = [`${API_URL}/public/${resource}`, segment(id), ...(view ? [view] : [])].join('/');
    const url = query ? `${path}?${new URLSearchParams(query)}` : path;
    const { json } = await httpClient<T>(url, { anonymous: true, signal });
    return { data: json };
  },
  command: async <T>(resource: string, { command, data, anonymous }: CommandParams) => {
    const { json } = await httpClient<T>(`${API_URL}/${resource}/${command}`, {
      method: 'POST',
      body: JSON.stringify(data ?? {}),
      anonymous,
    });
    return { data: json };
  },
};
