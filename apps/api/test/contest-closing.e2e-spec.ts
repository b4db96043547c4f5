import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContestsService } from '../src/contests/contests.service.js';
import { approve, enter, moveWindows, png, publishedContest, windows } from './contest-fixtures.js';
import { createTestApp, type TestApp, type TestUser } from './test-app.js';

const DAY = 86_400_000;

describe('contest voting that ends by the clock', () => {
  let t: TestApp;
  let organizer: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
  });
  afterAll(() => t.close());

  const closingMail = async (contestTitle: string) =>
    (
      await t.dataSource.query(`SELECT to_email FROM outbox_message WHERE subject = $1 ORDER BY to_email`, [
        `Voting has closed: ${contestTitle}`,
      ])
    ).map((row: { to_email: string }) => row.to_email);

  it('tells each entrant once that voting has closed, however often the check runs', async () => {
    const contest = await publishedContest(t, organizer, { title: 'Mascot by the clock' });
    const [ada, bo] = [await t.user('member', { email: 'ada@example.test' }), await t.user('member', { email: 'bo@example.test' })];
    await approve(t, organizer, (await enter(t, ada, contest.id, 'Penguin', await png())).id);
    await approve(t, organizer, (await enter(t, bo, contest.id, 'Panda', await png('#aa2266'))).id);
    await moveWindows(t, organizer, contest.id, windows.voting());

    const service = t.app.get(ContestsService);
    await service.announceClosedVoting(new Date());
    expect(await closingMail('Mascot by the clock')).toEqual([]);

    const afterClose = new Date(Date.now() + 8 * DAY);
    await service.announceClosedVoting(afterClose);
    await service.announceClosedVoting(new Date(afterClose.getTime() + 600_000));
    expect(await closingMail('Mascot by the clock')).toEqual(['ada@example.test', 'bo@example.test']);
  });
});
