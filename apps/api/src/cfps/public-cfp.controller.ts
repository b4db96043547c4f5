import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { notFound } from '../common/app-error.js';
import { Public } from '../common/auth.decorators.js';
import { CommitteeEntity } from '../committees/committee.entity.js';
import { EventEntity } from '../events/event.entity.js';
import { CfpEntity } from './cfp.entity.js';
import { presentPublicCfp } from './cfp.presenter.js';

// The summit page's call for papers and committee, as the community announces them.
@ApiTags('public')
@Public()
@Controller('public/events')
export class PublicCfpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':slug/cfp')
  async cfp(@Param('slug') slug: string) {
    const event = await this.event(slug);
    const cfp = await this.dataSource.getRepository(CfpEntity).findOneBy({ eventId: event.id });
    if (!cfp) throw notFound('Call for papers');
    return presentPublicCfp(cfp);
  }

  @Get(':slug/committee')
  async committee(@Param('slug') slug: string) {
    const event = await this.event(slug);
    const committee = await this.dataSource.getRepository(CommitteeEntity).findOneBy({ eventId: event.id });
    if (!committee) throw notFound('Committee');
    const members: Array<{ name: string; affiliation: string | null; country: string | null; role: string }> = await this.dataSource.query(
      `SELECT u.name, seat.affiliation, u.country, seat.role
         FROM committee_seat seat JOIN app_user u ON u.id = seat.user_id
        WHERE seat.committee_id = $1
        ORDER BY seat.role = 'chair' DESC, u.name`,
      [committee.id],
    );
    return { name: committee.name, members };
  }

  private async event(slug: string) {
    const event = await this.dataSource.getRepository(EventEntity).findOneBy({ slug });
    if (!event) throw notFound('Event');
    return event;
  }
}
