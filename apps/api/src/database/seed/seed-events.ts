import type { EventKind, EventStatus } from '@summitdesk/contracts';
import type { DataSource } from 'typeorm';
import { EventEntity } from '../../events/event.entity.js';
import { comingYear, onDate } from './demo-dates.js';

type DemoEvent = Omit<EventEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'description'> & { description?: string };

function demoEvents(year = comingYear()): DemoEvent[] {
  const event = (fields: Omit<DemoEvent, 'status'> & { status?: EventStatus }): DemoEvent => ({ status: 'confirmed', ...fields });
  const kind = (value: EventKind) => value;
  return [
    event({
      slug: `scale-${year}`,
      name: `SCALE ${year}`,
      kind: kind('conference'),
      startDate: onDate(year, '02-19'),
      endDate: onDate(year, '02-21'),
      timeZone: 'America/Los_Angeles',
      venue: 'Westin LAX',
      city: 'Los Angeles',
      country: 'US',
      hostOrganization: null,
      website: 'https://www.socallinuxexpo.org/',
    }),
    event({
      slug: `xen-summit-north-america-${year}`,
      name: `Xen Summit North America ${year}`,
      kind: kind('summit'),
      startDate: onDate(year, '04-21'),
      endDate: onDate(year, '04-22'),
      timeZone: 'America/Los_Angeles',
      venue: 'AMD Sunnyvale campus',
      city: 'Sunnyvale',
      country: 'US',
      hostOrganization: 'AMD',
      website: null,
    }),
    event({
      slug: `citrix-synergy-${year}`,
      name: `Citrix Synergy ${year}`,
      kind: kind('tradeshow'),
      startDate: onDate(year, '05-11'),
      endDate: onDate(year, '05-13'),
      timeZone: 'America/Los_Angeles',
      venue: 'Moscone Center',
      city: 'San Francisco',
      country: 'US',
      hostOrganization: 'Citrix',
      website: null,
    }),
    event({
      slug: `southeast-linuxfest-${year}`,
      name: `SouthEast LinuxFest ${year}`,
      kind: kind('conference'),
      startDate: onDate(year, '06-12'),
      endDate: onDate(year, '06-13'),
      timeZone: 'America/New_York',
      venue: null,
      city: 'Spartanburg',
      country: 'US',
      hostOrganization: null,
      website: 'https://www.southeastlinuxfest.org/',
      status: 'planned',
    }),
  ];
}

export async function seedEvents(dataSource: DataSource): Promise<void> {
  for (const event of demoEvents()) {
    await dataSource.createQueryBuilder().insert().into(EventEntity).values(event).orIgnore().execute();
  }
}
