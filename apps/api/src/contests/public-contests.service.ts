import { Inject, Injectable } from '@nestjs/common';
import { resultsArePublic, voterOrder, type PublicContest } from '@summitdesk/contracts';
import { findPage } from '../common/list-query.js';
import { Transactions } from '../common/transactions.js';
import { CONTEST_ENTRY_FACTS, type ContestEntryFacts } from './contest-entry-facts.js';
import { contestListSpec } from './contest-list.spec-config.js';
import type { ContestEntity } from './contest.entity.js';
import { presentContest } from './contest.presenter.js';
import { contestResults, contestTurnout, publishedContests } from './contests.repository.js';
import { ContestsService } from './contests.service.js';

const publicContest = (contest: ContestEntity) => {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...shown } = presentContest(contest);
  return shown;
};

// The gallery and results for visitors: published contests, approved entries, counts only after voting.
@Injectable()
export class PublicContestsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly contests: ContestsService,
    @Inject(CONTEST_ENTRY_FACTS) private readonly entries: ContestEntryFacts,
  ) {}

  list(query: Record<string, unknown>) {
    return findPage(publishedContests(this.transactions.reader), query, contestListSpec, publicContest);
  }

  async findOne(id: number): Promise<PublicContest> {
    const manager = this.transactions.reader;
    const contest = await this.contests.visible(manager, null, id);
    const shown = publicContest(contest);
    const gallery = await this.entries.publicGallery(manager, id);
    if (!resultsArePublic(shown.status)) {
      // Visitors get one fixed shuffle too, so the page never favours the oldest entry.
      return { ...shown, entries: voterOrder(gallery, 0, id) };
    }
    const results = await contestResults(manager, id);
    const rankOf = new Map(results.map((result, index) => [result.entryId, index]));
    gallery.sort((a, b) => (rankOf.get(a.id) ?? 0) - (rankOf.get(b.id) ?? 0));
    return { ...shown, entries: gallery, results, turnout: await contestTurnout(manager, id) };
  }
}
