import type { ContestEntry } from '@summitdesk/contracts';
import { API_URL, httpClient } from '../httpClient';

// Multipart field "file", as the API expects; the server checks the bytes, not this name or type.
export async function uploadArtwork(entryId: number, file: File): Promise<ContestEntry> {
  const body = new FormData();
  body.append('file', file, file.name);
  const { json } = await httpClient<ContestEntry>(`${API_URL}/contest-entries/${entryId}/artwork`, { method: 'POST', body });
  return json;
}
