import { Injectable } from '@nestjs/common';
import { CommonErrorCodes, SearchQuerySchema, type SearchGroup, type SearchHit } from '@summitdesk/contracts';
import { badRequest } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { BannersService } from '../banners/banners.service.js';
import { BoothProposalsService } from '../booth-proposals/booth-proposals.service.js';
import { ContestsService } from '../contests/contests.service.js';
import { EventsService } from '../events/events.service.js';
import { ShipmentsService } from '../shipments/shipments.service.js';
import { SubmissionReader } from '../submissions/submission-reader.js';
import { UsersService } from '../users/users.service.js';

// Results per type: enough to spot the record, few enough for a menu.
const SEARCH_LIMIT = 5;

// The search box in the admin's app bar. It owns no table: each feature answers through its own
// list, so what a viewer finds is exactly what that feature's list would show them (conflicts,
// drafts, anonymous reviews and the organizers-only member list included).
@Injectable()
export class SearchService {
  constructor(
    private readonly events: EventsService,
    private readonly boothProposals: BoothProposalsService,
    private readonly shipments: ShipmentsService,
    private readonly banners: BannersService,
    private readonly submissions: SubmissionReader,
    private readonly contests: ContestsService,
    private readonly users: UsersService,
  ) {}

  async search(actor: AuthUser, query: Record<string, unknown>): Promise<SearchGroup[]> {
    const parsed = SearchQuerySchema.safeParse({ q: query.q });
    if (!parsed.success)
      throw badRequest(CommonErrorCodes.VALIDATION, 'q must be 2 to 100 characters', { q: 'must be 2 to 100 characters' });
    const q = parsed.data.q;
    const limit = SEARCH_LIMIT;
    const lists: SearchHit[][] = [
      await this.events.search(q, limit),
      await this.boothProposals.search(actor, q, limit),
      await this.shipments.search(actor, q, limit),
      await this.banners.search(q, limit),
      await this.submissions.search(actor, q, limit),
      await this.contests.search(actor, q, limit),
      await this.users.search(actor, q, limit),
    ];
    return lists.filter((hits) => hits.length > 0).map((hits) => ({ type: hits[0].type, hits }));
  }
}
