import { DataSource } from 'typeorm';
import { dataSourceOptions, type DatabaseTarget } from '../data-source.js';
import { seedEvents } from './seed-events.js';
import { seedUsers } from './seed-users.js';
import { seedContests } from './seed-contests.js';
import { seedBoothProposals } from '../../booth-proposals/seed-booth-proposals.js';
import { seedCfp } from './seed-cfp.js';
import { seedDiscussion } from '../../discussion/seed-discussion.js';
import { seedShipments } from '../../shipments/seed-shipments.js';
import { seedSponsorships } from '../../sponsorships/seed-sponsorships.js';
import { seedPresentations } from '../../presentations/seed-presentations.js';
import { seedNews } from '../../digests/seed-news.js';
import { seedReviewForms } from '../../reviews/seed-review-forms.js';
import { seedBids } from '../../bids/seed-bids.js';

// Each step is idempotent (it adds what is missing, keyed by natural keys), so `npm run seed` can run
// again safely; features append their own steps.
const seedSteps: Array<{ name: string; run: (dataSource: DataSource) => Promise<void> }> = [
  { name: 'users', run: seedUsers },
  { name: 'events', run: seedEvents },
  { name: 'contests', run: seedContests },
  { name: 'booth-proposals', run: seedBoothProposals },
  { name: 'shipments', run: seedShipments },
  { name: 'cfp', run: seedCfp },
  { name: 'review-forms', run: seedReviewForms },
  { name: 'bids', run: seedBids },
  { name: 'discussion', run: seedDiscussion },
  { name: 'sponsorships', run: (dataSource) => seedSponsorships(dataSource) },
  { name: 'presentations', run: (dataSource) => seedPresentations(dataSource) },
  { name: 'news', run: seedNews },
];

export async function seedDemo(target: DatabaseTarget, log: (line: string) => void = () => undefined): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(target));
  await dataSource.initialize();
  try {
    for (const step of seedSteps) {
      await step.run(dataSource);
      log(`seeded ${step.name}`);
    }
  } finally {
    await dataSource.destroy();
  }
}
