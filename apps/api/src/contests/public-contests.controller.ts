import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { resultsArePublic, voterOrder, type PublicContest } from '@summitdesk/contracts';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth.decorators.js';
import { IdPipe } from '../common/id.pipe.js';
import { findPage } from '../common/list-query.js';
import { CONTEST_ENTRY_FACTS, type ContestEntryFacts } from './contest-entry-facts.js';
import { contestListSpec } from './contest-list.spec-config.js';
import { ContestEntity } from './contest.entity.js';
import { presentContest } from './contest.presenter.js';
import { contestResults, contestTurnout } from './contest-results.js';
import { ContestsService } from './contests.service.js';

const publicContest = (contest: ContestEntity) => {
  const { version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...shown } = presentContest(contest);
  return shown;
};

// The gallery and results for visitors: published contests, approved entries, counts only after voting.
@ApiTags('public')
@Public()
@Controller('public/contests')
export class PublicContestsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contests: ContestsService,
    @Inject(CONTEST_ENTRY_FACTS) private readonly entries: ContestEntryFacts,
  ) {}

  @Get()
  list(@Query() query: Record<string, unknown>) {
    const qb = this.dataSource.getRepository(ContestEntity).createQueryBuilder('contest').where(`contest.stage <> 'draft'`);
    return findPage(qb, query, contestListSpec, publicContest);
  }

  @Get(':id')
  async findOne(@Param('id', IdPipe) id: number): Promise<PublicContest> {
    const contest = await this.contests.visible(this.dataSource.manager, null, id);
    const shown = publicContest(contest);
    const gallery = await this.entries.publicGallery(this.dataSource.manager, id);
    if (!resultsArePublic(shown.status)) {
      // Visitors get one fixed shuffle too, so the page never favours the oldest entry.
      return { ...shown, entries: voterOrder(gallery, 0, id) };
    }
    const results = await contestResults(this.dataSource.manager, id);
    const rankOf = new Map(results.map((result, index) => [result.entryId, index]));
    gallery.sort((a, b) => (rankOf.get(a.id) ?? 0) - (rankOf.get(b.id) ?? 0));
    return { ...shown, entries: gallery, results, turnout: await contestTurnout(this.dataSource.manager, id) };
  }
}
