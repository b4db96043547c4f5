import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { BoothSponsorship, PublicEventSponsors, Sponsor, SponsorshipPaymentOptions } from '@summitdesk/contracts';
import { API_URL, httpClient } from './httpClient';

export type ActionParams = { id: Identifier; action: string; data?: Record<string, unknown> };

export type SummitdeskDataProvider = DataProvider & {
  // POST /api/<resource>/:id/<action>: a workflow transition; answers the updated record.
  action: <RecordType extends RaRecord = RaRecord>(resource: string, params: ActionParams) => Promise<{ data: RecordType }>;
  // POST /api/sponsors/:id/logo, multipart field `file`: answers the sponsor with its new logoUrl.
  uploadSponsorLogo: (id: Identifier, file: File) => Promise<{ data: Sponsor }>;
  // GET /api/sponsorships/payment-methods: whether the pay button can offer a card.
  sponsorshipPaymentMethods: () => Promise<{ data: SponsorshipPaymentOptions }>;
  // GET /api/booth-proposals/:id/sponsors: who sponsors a booth and what it still costs the program.
  boothSponsors: (boothProposalId: Identifier) => Promise<{ data: BoothSponsorship }>;
  // GET /api/public/events/:slug/sponsors, without signing in: paid sponsors by tier, booth sponsors.
  publicEventSponsors: (slug: string) => Promise<{ data: PublicEventSponsors }>;
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
  uploadSponsorLogo: async (id, file) => {
    const body = new FormData();
    body.append('file', file);
    const { json } = await httpClient<Sponsor>(`${API_URL}/sponsors/${encodeURIComponent(String(id))}/logo`, { method: 'POST', body });
    return { data: json };
  },
  sponsorshipPaymentMethods: async () => {
    const { json } = await httpClient<SponsorshipPaymentOptions>(`${API_URL}/sponsorships/payment-methods`);
    return { data: json };
  },
  boothSponsors: async (boothProposalId) => {
    const { json } = await httpClient<BoothSponsorship>(`${API_URL}/booth-proposals/${encodeURIComponent(String(boothProposalId))}/sponsors`);
    return { data: json };
  },
  publicEventSponsors: async (slug) => {
    const { json } = await httpClient<PublicEventSponsors>(`${API_URL}/public/events/${encodeURIComponent(slug)}/sponsors`, { anonymous: true });
    return { data: json };
  },
};
