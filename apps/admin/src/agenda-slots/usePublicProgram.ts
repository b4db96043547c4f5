import { useEffect, useState } from 'react';
import { useDataProvider } from '../public-shell/kit';
import type { PublicAgendaItem } from '@summitdesk/contracts';
import type { SummitdeskDataProvider } from '../dataProvider';

type Committee = { name: string; members: Array<{ name: string; affiliation: string | null; country: string | null; role: string }> };
type PublicCfp = {
  opensAt: string;
  closesAt: string;
  timeZone: string;
  state: 'upcoming' | 'open' | 'closed';
  title: string | null;
  description: string | null;
};
export type PublicProgram = {
  event: { slug: string; name: string; timeZone: string; startDate: string; endDate: string; venue: string | null; city: string | null };
  items: PublicAgendaItem[];
  cfp: PublicCfp | null;
  committee: Committee | null;
};

// A summit's public program: agenda, call for papers and committee, each optional but the agenda.
export function usePublicProgram(slug: string | undefined) {
  const dataProvider = useDataProvider<SummitdeskDataProvider>();
  const [program, setProgram] = useState<PublicProgram>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!slug) return;
    const get = async <T>(view: string) => (await dataProvider.getPublicView<T>('events', { id: slug, view })).data;
    const optional = <T>(path: string) => get<T>(path).catch(() => null);
    Promise.all([get<Pick<PublicProgram, 'event' | 'items'>>('agenda'), optional<PublicCfp>('cfp'), optional<Committee>('committee')])
      .then(([agenda, cfp, committee]) => setProgram({ ...agenda, cfp, committee }))
      .catch(setError);
  }, [dataProvider, slug]);
  return { program, error };
}
