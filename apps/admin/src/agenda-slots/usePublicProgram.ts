import { useEffect, useState } from 'react';
import type { PublicAgendaItem } from '@summitdesk/contracts';
import { API_URL, httpClient } from '../httpClient';

type Committee = { name: string; members: Array<{ name: string; affiliation: string | null; country: string | null; role: string }> };
type PublicCfp = { opensAt: string; closesAt: string; timeZone: string; state: 'upcoming' | 'open' | 'closed'; title: string | null; description: string | null };
export type PublicProgram = {
  event: { slug: string; name: string; timeZone: string; startDate: string; endDate: string; venue: string | null; city: string | null };
  items: PublicAgendaItem[];
  cfp: PublicCfp | null;
  committee: Committee | null;
};

// A summit's public program: agenda, call for papers and committee, each optional but the agenda.
export function usePublicProgram(slug: string | undefined) {
  const [program, setProgram] = useState<PublicProgram>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!slug) return;
    const get = async <T,>(path: string) => (await httpClient<T>(`${API_URL}/public/events/${encodeURIComponent(slug)}/${path}`, { anonymous: true })).json;
    const optional = <T,>(path: string) => get<T>(path).catch(() => null);
    Promise.all([get<Pick<PublicProgram, 'event' | 'items'>>('agenda'), optional<PublicCfp>('cfp'), optional<Committee>('committee')])
      .then(([agenda, cfp, committee]) => setProgram({ ...agenda, cfp, committee }))
      .catch(setError);
  }, [slug]);
  return { program, error };
}
