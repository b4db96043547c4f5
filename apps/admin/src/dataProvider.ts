import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import { API_URL, httpClient } from './httpClient';

export type ActionParams = { id: Identifier; action: string; data?: Record<string, unknown> };

export type SummitdeskDataProvider = DataProvider & {
  // POST /api/<resource>/:id/<action>: a workflow transition; answers the updated record.
  action: <RecordType extends RaRecord = RaRecord>(resource: string, params: ActionParams) => Promise<{ data: RecordType }>;
};

const base = simpleRestProvider(API_URL, (url, options) => httpClient(url, options as RequestInit));

// Action names come from the contracts' state machines in snake_case; routes are kebab-case.
export const actionPath = (action: string) => action.replace(/_/g, '-');

export const dataProvider: SummitdeskDataProvider = {
  ...base,
  action: async <RecordType extends RaRecord = RaRecord>(resource: string, { id, action, data }: ActionParams) => {
    const { json } = await httpClient<RecordType>(`${API_URL}/${resource}/${encodeURIComponent(String(id))}/${actionPath(action)}`, {
      method: 'POST',
      body: JSON.stringify(data ?? {}),
    });
    return { data: json };
  },
};
