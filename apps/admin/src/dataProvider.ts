import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { SearchGroup } from '@summitdesk/contracts';
import { API_URL, httpClient } from './httpClient';
import { publicReads, type CommandParams, type PublicListParams, type PublicViewParams } from './publicDataProvider';

type ActionParams = { id: Identifier; action: string; data?: Record<string, unknown> };
// A computed read beside the records: `/<resource>/<view>` or, with an id, `/<resource>/:id/<view>`.
type ViewParams = { id?: Identifier; view: string; filter?: Record<string, unknown>; signal?: AbortSignal };
type PutViewParams = { id: Identifier; view: string; data: Record<string, unknown> };
type DocumentParams = { id: Identifier; view: string; accept: string };
type UploadParams = { id: Identifier; field: string; file: File };
type RemoveUploadParams = { id: Identifier; field: string; fileId: Identifier };
type ReportParams = { query: Record<string, string>; format?: 'json' | 'csv'; signal?: AbortSignal };

// react-admin's CRUD methods plus the API's routes that are not CRUD. Components reach them through
// `useDataProvider<SummitdeskDataProvider>()` (and react-query for reads), never by building URLs.
export type SummitdeskDataProvider = DataProvider & {
  // POST /api/<resource>/:id/<action>: a workflow transition; answers the updated record.
  action: <RecordType = RaRecord>(resource: string, params: ActionParams) => Promise<{ data: RecordType }>;
  // GET a summary, chart, coverage, matrix or history that the API derives (never summed here).
  getView: <T = unknown>(resource: string, params: ViewParams) => Promise<{ data: T }>;
  // PUT a record's own settings document (`/<resource>/:id/<view>`, e.g. a CfP's review form).
  putView: <T = unknown>(resource: string, params: PutViewParams) => Promise<{ data: T }>;
  // PUT the caller's own settings for a resource (`/<resource>`, e.g. topic interests).
  putSettings: <T = unknown>(resource: string, data: Record<string, unknown>) => Promise<{ data: T }>;
  // GET a record's printable document (packing slip) as text.
  getDocument: (resource: string, params: DocumentParams) => Promise<{ data: string }>;
  // GET a private file (report photo) by the address the API gave, with the bearer token.
  getFile: (url: string) => Promise<{ data: Blob }>;
  // POST /api/<resource>/:id/<field> as multipart "file"; the API checks the bytes.
  upload: <T = unknown>(resource: string, params: UploadParams) => Promise<{ data: T }>;
  removeUpload: (resource: string, params: RemoveUploadParams) => Promise<{ data: unknown }>;
  // The public pages' reads, sent without the token: /api/public/<resource>[/:id[/<view>]].
  getPublicList: <T = unknown>(resource: string, params: PublicListParams) => Promise<{ data: T[] }>;
  getPublicView: <T = unknown>(resource: string, params: PublicViewParams) => Promise<{ data: T }>;
  // GET /api/<resource>?<query> (or /api/<resource>.csv): a report the API computes from the data
  // (statistics), as rows or as CSV text.
  getReport: <T = unknown>(resource: string, params: ReportParams) => Promise<{ data: T }>;
  // POST /api/<resource>/<command> for a step on no one record (verify an address, answer an
  // invitation by its link); `anonymous` sends no token.
  command: <T = unknown>(resource: string, params: CommandParams) => Promise<{ data: T }>;
  // GET /api/search?q=: the app bar's search across the records the viewer may list.
  search: (q: string, signal?: AbortSignal) => Promise<{ data: SearchGroup[] }>;
};

const base = simpleRestProvider(API_URL, (url, options) => httpClient(url, options as RequestInit));

// Action names come from the contracts' state machines in snake_case; routes are kebab-case.
const actionPath = (action: string) => action.replace(/_/g, '-');

const segment = (value: Identifier) => encodeURIComponent(String(value));
const recordUrl = (resource: string, id: Identifier, ...rest: string[]) => [`${API_URL}/${resource}`, segment(id), ...rest].join('/');
const withFilter = (url: string, filter?: Record<string, unknown>) =>
  filter && Object.keys(filter).length > 0 ? `${url}?${new URLSearchParams({ filter: JSON.stringify(filter) })}` : url;

export const dataProvider: SummitdeskDataProvider = {
  ...base,
  action: async <RecordType = RaRecord>(resource: string, { id, action, data }: ActionParams) => {
    const { json } = await httpClient<RecordType>(recordUrl(resource, id, actionPath(action)), {
      method: 'POST',
      body: JSON.stringify(data ?? {}),
    });
    return { data: json };
  },
  getView: async <T>(resource: string, { id, view, filter, signal }: ViewParams) => {
    const url = id === undefined ? `${API_URL}/${resource}/${view}` : recordUrl(resource, id, view);
    const { json } = await httpClient<T>(withFilter(url, filter), { signal });
    return { data: json };
  },
  putView: async <T>(resource: string, { id, view, data }: PutViewParams) => {
    const { json } = await httpClient<T>(recordUrl(resource, id, view), { method: 'PUT', body: JSON.stringify(data) });
    return { data: json };
  },
  putSettings: async <T>(resource: string, data: Record<string, unknown>) => {
    const { json } = await httpClient<T>(`${API_URL}/${resource}`, { method: 'PUT', body: JSON.stringify(data) });
    return { data: json };
  },
  getDocument: async (resource, { id, view, accept }) => {
    const { body } = await httpClient(recordUrl(resource, id, view), { headers: { Accept: accept } });
    return { data: body };
  },
  getFile: async (url) => {
    const { blob } = await httpClient(url, { responseType: 'blob', headers: { Accept: '*/*' } });
    return { data: blob! };
  },
  upload: async <T>(resource: string, { id, field, file }: UploadParams) => {
    const body = new FormData();
    body.append('file', file, file.name);
    const { json } = await httpClient<T>(recordUrl(resource, id, field), { method: 'POST', body });
    return { data: json };
  },
  removeUpload: async (resource, { id, field, fileId }) => {
    const { json } = await httpClient(recordUrl(resource, id, field, segment(fileId)), { method: 'DELETE' });
    return { data: json };
  },
  ...publicReads,
  getReport: async <T>(resource: string, { query, format = 'json', signal }: ReportParams) => {
    const url = `${API_URL}/${resource}${format === 'csv' ? '.csv' : ''}?${new URLSearchParams(query)}`;
    if (format === 'csv') {
      const { body } = await httpClient(url, { headers: { Accept: 'text/csv' }, signal });
      return { data: body as T };
    }
    const { json } = await httpClient<T>(url, { signal });
    return { data: json };
  },
  search: async (q, signal) => {
    const { json } = await httpClient<SearchGroup[]>(`${API_URL}/search?${new URLSearchParams({ q })}`, { signal });
    return { data: Array.isArray(json) ? json : [] };
  },
};
