import { Inject, Injectable } from '@nestjs/common';
import { findPage } from '../common/list-query.js';
import { Transactions } from '../common/transactions.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { eventListSpec } from './event-list.spec-config.js';
import { EventEntity } from './event.entity.js';
import { presentEvent } from './event.presenter.js';
import { eventsCalendar } from './events-calendar.js';
import { EventsService } from './events.service.js';

const publicEvent = (event: EventEntity) => {
  const { version: _version, createdAt: _createdAt, ...shown } = presentEvent(event);
  return shown;
};

// Events as visitors see them: the list, one by its slug, and the calendar feed.
@Injectable()
export class PublicEventsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(query: Record<string, unknown>) {
    return findPage(this.transactions.reader.getRepository(EventEntity).createQueryBuilder('event'), query, eventListSpec, publicEvent);
  }

  async findBySlug(slug: string) {
    return publicEvent(await this.events.findBySlug(slug));
  }

  async calendar() {
    // A year back and everything ahead keeps the feed small without dropping recent history.
    const since = new Date();
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    const events = await this.transactions.reader
      .getRepository(EventEntity)
      .createQueryBuilder('event')
      .where('event.end_date >= :since', { since: since.toISOString().slice(0, 10) })
      .orderBy('event.start_date')
      .limit(1000)
      .getMany();
    return eventsCalendar(events, this.config.publicUrl);
  }
}
