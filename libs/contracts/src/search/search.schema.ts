import { z } from 'zod';

// Global search: one query across the records a signed-in user may list. Every result opens its
// record in the admin (`type` is the admin resource).
export const SearchTypes = ['events', 'booth-proposals', 'shipments', 'banners', 'submissions', 'contests', 'users'] as const;
export type SearchType = (typeof SearchTypes)[number];

export const SearchQuerySchema = z.object({ q: z.string().trim().min(2).max(100) });

export type SearchHit = { type: SearchType; id: number; title: string; subtitle: string | null };
export type SearchGroup = { type: SearchType; hits: SearchHit[] };
