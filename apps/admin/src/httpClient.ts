import { HttpError } from 'react-admin';
import type { ErrorBody } from '@summitdesk/contracts';
import { getToken } from './session';

export const API_URL = '/api';

export type HttpResponse<T = unknown> = { status: number; headers: Headers; body: string; json: T; blob?: Blob };

// The error body the API answers with, plus how long to wait when it rate-limits us.
export type ApiErrorBody = Partial<ErrorBody> & { retryAfterSeconds?: number };

/**
 * fetch + JSON + bearer token. Errors become react-admin HttpErrors carrying the API's body, so
 * `body.errors` lands beside form fields and `message` (the server's words) in the toast.
 */
export async function httpClient<T = unknown>(
  url: string,
  options: RequestInit & { anonymous?: boolean; responseType?: 'json' | 'blob' } = {},
): Promise<HttpResponse<T>> {
  const { anonymous, responseType = 'json', ...init } = options;
  const headers = new Headers(init.headers ?? {});
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (init.body && !(init.body instanceof FormData) && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  const token = anonymous ? null : getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);

  const response = await fetch(url, { ...init, headers });
  // Files (report photos) are read as bytes; a failed one still carries the API's JSON error.
  if (responseType === 'blob' && response.ok) {
    return { status: response.status, headers: response.headers, body: '', json: undefined as T, blob: await response.blob() };
  }
  const body = await response.text();
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  if (response.status < 200 || response.status >= 300) {
    const errorBody: ApiErrorBody = typeof json === 'object' && json !== null ? { ...(json as ApiErrorBody) } : {};
    const retryAfter = Number(response.headers.get('Retry-After'));
    if (response.status === 429 && Number.isFinite(retryAfter) && retryAfter > 0) {
      errorBody.retryAfterSeconds = retryAfter;
    }
    throw new HttpError(errorBody.message || response.statusText || `HTTP ${response.status}`, response.status, errorBody);
  }
  return { status: response.status, headers: response.headers, body, json: json as T };
}
