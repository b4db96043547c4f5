import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approve, enter, moveWindows, png, publishedContest, startSmtp, until, windows } from './contest-fixtures.js';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

// The "Done when", as a new user would live it, end to end through HTTP, PostgreSQL and SMTP.
describe('the mascot contest, from entries to a paid prize', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let organizer: TestUser;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: smtp.url, WORKERS: 'on', QUEUE_POLL_SECONDS: '0.5' });
    organizer = await t.user('organizer', { name: 'Stephen Spector' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it(
    'three members enter, one entry is hidden, ten vote (one changes), voting closes, results are public and the prize is ' + 'paid',
    async () => {
      const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'America/Los_Angeles', year: 'numeric' }).format(new Date()));
      const budget = await t.http().post('/api/budgets').set(bearer(organizer)).send({ year, currency: 'USD', amount: 500_000 });
      expect(budget.status).toBe(201);
      const contest = await publishedContest(t, organizer);
      expect(contest.status).toBe('entries_open');

      // Three members enter with artwork.
      const [pasi, heechul, konrad] = await Promise.all([
        t.user('member', { name: 'Pasi' }),
        t.user('member', { name: 'Heechul' }),
        t.user('member', { name: 'Konrad' }),
      ]);
      const penguin = await enter(t, pasi, contest.id, 'Xenguin', await png('#223366'));
      const panda = await enter(t, heechul, contest.id, 'Red panda', await png('#aa3311'));
      const spam = await enter(t, konrad, contest.id, 'Buy cheap watches', await png('#00ff00'));
      for (const entry of [penguin, panda, spam])
        expect(entry).toMatchObject({ status: 'pending', artworkType: 'image/png', licenseAccepted: true, license: 'CC BY 4.0' });

      // The organizer approves two and hides one; its author is told why by e-mail.
      await approve(t, organizer, penguin.id);
      await approve(t, organizer, panda.id);
      const hidden = await t
        .http()
        .post(`/api/contest-entries/${spam.id}/hide`)
        .set(bearer(organizer))
        .send({ reason: 'Advertising is not a mascot idea.' });
      expect(hidden.status).toBe(200);
      expect(hidden.body.status).toBe('hidden');
      await until(() => smtp.received.some((mail) => mail.to === konrad.email));
      expect(smtp.received.find((mail) => mail.to === konrad.email)!.raw).toContain('Advertising is not a mascot idea.');

      // Voting opens; ten members vote, seven for the penguin, three for the panda.
      await moveWindows(t, organizer, contest.id, windows.voting());
      const voters = await Promise.all(Array.from({ length: 10 }, (_, n) => t.user('member', { name: `Voter ${n + 1}` })));
      for (const [n, voter] of voters.entries()) {
        const cast = await t
          .http()
          .post('/api/votes')
          .set(bearer(voter))
          .send({ contestId: contest.id, entryId: n < 7 ? penguin.id : panda.id });
        expect(cast.status).toBe(201);
      }
      const forHidden = await t.http().post('/api/votes').set(bearer(voters[0])).send({ contestId: contest.id, entryId: spam.id });
      expect(forHidden.status).toBe(422);

      // One changes their mind: still one vote, now for the panda.
      const changed = await t.http().post('/api/votes').set(bearer(voters[0])).send({ contestId: contest.id, entryId: panda.id });
      expect(changed.status).toBe(200);
      expect(changed.body.entryId).toBe(panda.id);

      // While voting is open nobody sees a count.
      const during = await t.http().get(`/api/public/contests/${contest.id}`);
      expect(during.body.results).toBeUndefined();
      expect((await t.http().get(`/api/contest-entries/${penguin.id}`).set(bearer(organizer))).body.votes).toBeNull();

      // The organizer closes voting; the public page shows the right counts and turnout.
      const closed = await t.http().post(`/api/contests/${contest.id}/close`).set(bearer(organizer)).send({});
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
      const results = await t.http().get(`/api/public/contests/${contest.id}`);
      expect(results.status).toBe(200);
      expect(results.body.results).toEqual([
        { entryId: penguin.id, title: 'Xenguin', authorName: 'Pasi', votes: 6, rank: 1 },
        { entryId: panda.id, title: 'Red panda', authorName: 'Heechul', votes: 4, rank: 2 },
      ]);
      expect(results.body.turnout.voters).toBe(10);
      expect(results.body.entries.map((entry: { id: number }) => entry.id)).toEqual([penguin.id, panda.id]);

      // The winner is marked, the $100 prize is in the ledger, and the winner hears of it.
      const awarded = await t.http().post(`/api/contests/${contest.id}/award`).set(bearer(organizer)).send({ entryId: penguin.id });
      expect(awarded.status).toBe(200);
      expect(awarded.body).toMatchObject({ status: 'awarded', winnerEntryId: penguin.id });
      const ledger = await t.dataSource.query(`SELECT kind, amount::int, currency, contest_id FROM ledger_entry WHERE budget_id = $1`, [
        budget.body.id,
      ]);
      expect(ledger).toEqual([{ kind: 'payment', amount: 10_000, currency: 'USD', contest_id: contest.id }]);
      const summary = await t.http().get(`/api/budgets/${budget.body.id}/summary`).set(bearer(organizer));
      expect(summary.body.remaining).toBe(490_000);
      const prizeMail = () =>
        smtp.received.find((mail) => mail.to === pasi.email && mail.raw.includes('Subject: You won Community mascot'));
      await until(() => Boolean(prizeMail()));
      // Quoted-printable wraps long lines with a trailing "=".
      expect(prizeMail()!.raw.replace(/=\r?\n/g, '')).toContain('The prize of $100.00 has been recorded');
      expect((await t.http().get(`/api/public/contests/${contest.id}`)).body.winnerEntryId).toBe(penguin.id);
    },
  );
});
