import { JwtService } from '@nestjs/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photo } from './booth-fixtures.js';
import { authorizationMatrix, type Answer, type Row } from './authorization-matrix.js';
import { Actors, buildWorld, resolve, type Actor, type World } from './authorization-world.js';
import { png } from './contest-fixtures.js';
import { pdf } from './presentation-fixtures.js';
import { bearer, createTestApp, type TestApp } from './test-app.js';

// Attack suite part 2: the authorization matrix (authorization-matrix.ts) run cell by cell against
// the real app, then mass assignment and revoked access.
const isSuccess = (answer: Answer) => [answer].flat().some((code) => code >= 200 && code < 300);
const matches = (answer: Answer, status: number) => [answer].flat().includes(status);

let t: TestApp;
let world: World;

beforeAll(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
}, 120_000);
afterAll(() => t.close());

const auditRows = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM audit_log`))[0].n);

async function send(row: Row, actor: Actor, overrides: Record<string, number | string>) {
  const [method, template] = row.route.split(' ');
  let path = resolve(world, template, overrides) as string;
  const listChecked = method === 'GET' && (row.hidden || row.shown);
  if (listChecked && !path.endsWith('.csv')) path += `${path.includes('?') ? '&' : '?'}range=${encodeURIComponent('[0,499]')}`;
  let request = t.http()[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
  if (actor !== 'visitor') request = request.set(bearer(world.users[actor]));
  if (row.upload === 'pdf') return request.attach('file', await pdf(), 'slides.pdf');
  if (row.upload)
    return request.attach('file', row.upload === 'photo' ? await photo() : await png(), row.upload === 'photo' ? 'photo.jpg' : 'art.png');
  let body = row.body === undefined ? undefined : resolve(world, row.body, overrides);
  if (row.record) {
    const current = await t.http().get(path).set(bearer(world.users.organizer));
    expect(current.status, `reading ${path} back for the PUT`).toBe(200);
    const record = current.body as Record<string, unknown>;
    body = { ...(row.record.pick ? Object.fromEntries(row.record.pick.map((key) => [key, record[key]])) : record), ...row.record.merge };
  }
  // Actions go out with an empty object, as the admin sends them (an absent body is another engineer's fix).
  if (body === undefined && (method === 'POST' || method === 'PUT')) body = {};
  return body === undefined ? request : request.send(body as object);
}

// The ids (or, in text answers, the markers) of the named records that an answer contains.
function present(world: World, row: Row, body: unknown, text: string, names: string[]) {
  const field = row.route.includes('/ranking') ? 'submissionId' : 'id';
  const ids = Array.isArray(body) ? new Set(body.map((element: Record<string, unknown>) => element[field])) : undefined;
  return names.filter((name) => (ids ? ids.has(world.ids[name]) : text.includes(world.markers[name] ?? `\u0000${name}`)));
}

async function runCell(row: Row, actor: Actor): Promise<string | undefined> {
  const expected = row.answers[actor];
  const overrides: Record<string, number | string> = {};
  if (isSuccess(expected)) for (const name of row.fresh ?? []) overrides[name] = await world.fresh[name]();
  const response = await send(row, actor, overrides);
  const problems: string[] = [];
  if (!matches(expected, response.status))
    problems.push(`expected ${JSON.stringify(expected)}, got ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
  if (response.status === 200) {
    const leaked = present(world, row, response.body, response.text ?? '', row.hidden?.[actor] ?? []);
    if (leaked.length) problems.push(`sees ${leaked.join(', ')}`);
    const shown = row.shown?.[actor] ?? [];
    const missing = shown.filter((name) => !present(world, row, response.body, response.text ?? '', [name]).length);
    if (missing.length) problems.push(`misses ${missing.join(', ')}`);
  }
  return problems.length ? `${actor}: ${problems.join('; ')}` : undefined;
}

describe('security: authorization matrix', () => {
  for (const row of authorizationMatrix) {
    it(`${row.route}: ${row.action}`, async () => {
      // Refusals go first, all at once (they write nothing: the audit log must not grow), then each
      // permitted actor in turn, on a fresh record where the row asks for one.
      const actors = Actors;
      const before = await auditRows();
      const refused = await Promise.all(actors.filter((actor) => !isSuccess(row.answers[actor])).map((actor) => runCell(row, actor)));
      const problems = refused.filter((problem): problem is string => !!problem);
      if ((await auditRows()) !== before) problems.push('a refused request wrote to the audit log');
      for (const actor of actors.filter((actor) => isSuccess(row.answers[actor]))) {
        const problem = await runCell(row, actor);
        if (problem) problems.push(problem);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

// Sign-in and registration are covered by the token and throttling suites, which own their limits;
// the OpenAPI document (/api/docs…) by the headers suite.
const OUTSIDE_THE_MATRIX = new Set(['POST /api/auth/register', 'POST /api/auth/login', 'POST /api/stripe/webhook']);

describe('security: the matrix covers the app', () => {
  it('has a row for every route the app serves', () => {
    // Express's own routing table, so that no controller registered any way is left out.
    type Layer = { route?: { path: string; methods: Record<string, boolean> } };
    const router = (t.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } }).router;
    const served = router.stack.flatMap((layer) =>
      layer.route ? Object.keys(layer.route.methods).map((method) => ({ method: method.toUpperCase(), path: layer.route!.path })) : [],
    );
    const rows = authorizationMatrix
      .map((row) => row.route.split(' '))
      .map(([method, path]) => ({ method, path: path.replace(/\{(\w+)\}/g, '$1') }));
    const missing = served
      .filter((route) => !OUTSIDE_THE_MATRIX.has(`${route.method} ${route.path}`) && !route.path.startsWith('/api/docs'))
      .filter((route) => {
        const pattern = new RegExp(`^${route.path.replace(/\./g, '\\.').replace(/:\w+/g, '[^/]+')}$`);
        return !rows.some((row) => row.method === route.method && pattern.test(row.path));
      })
      .map((route) => `${route.method} ${route.path}`);
    expect(served.length).toBeGreaterThan(100);
    expect(missing, `routes without a matrix row:\n${missing.join('\n')}`).toEqual([]);
  });
});

describe('security: mass assignment changes nothing', () => {
  const row = async (sql: string, id: number | string) => (await t.dataSource.query(sql, [id]))[0];

  it('refuses an owner, status or money field when a booth proposal is created', async () => {
    const before = Number((await t.dataSource.query(`SELECT count(*) AS n FROM booth_proposal`))[0].n);
    for (const extra of [
      { proposerId: world.users.secondMember.id },
      { status: 'approved' },
      { feeApproved: 50_000 },
      { budgetId: world.ids.budget },
    ]) {
      const response = await t
        .http()
        .post('/api/booth-proposals')
        .set(bearer(world.users.owner))
        .send({ eventId: world.ids.event, pitch: 'A booth.', feeRequested: 50_000, currency: 'USD', ...extra });
      expect(response.status, JSON.stringify(extra)).toBe(400);
    }
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM booth_proposal`))[0].n)).toBe(before);
  });

  it("ignores the owner, status, approved fee and paid state sent back on a proposal's PUT", async () => {
    const id = await world.fresh.draftProposal();
    const current = (await t.http().get(`/api/booth-proposals/${id}`).set(bearer(world.users.owner))).body;
    const response = await t
      .http()
      .put(`/api/booth-proposals/${id}`)
      .set(bearer(world.users.owner))
      .send({
        ...current,
        proposerId: world.users.secondMember.id,
        status: 'funded',
        feeApproved: 50_000,
        approvedCurrency: 'USD',
        budgetId: world.ids.budget,
        reviewerId: world.users.owner.id,
      });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(
      await row(
        `SELECT proposer_id, status, fee_approved, approved_currency, budget_id, reviewer_id FROM booth_proposal WHERE id = $1`,
        id,
      ),
    ).toEqual({
      proposer_id: world.users.owner.id,
      status: 'draft',
      fee_approved: null,
      approved_currency: null,
      budget_id: null,
      reviewer_id: null,
    });
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM ledger_entry WHERE booth_proposal_id = $1`, [id]))[0].n)).toBe(0);
  });

  it('keeps roles and the disabled flag out of account edits and registration', async () => {
    const owner = world.users.owner;
    const current = (await t.http().get(`/api/users/${owner.id}`).set(bearer(owner))).body;
    // react-admin sends the whole record back: read-only fields are accepted and ignored.
    for (const extra of [
      { role: 'organizer' },
      { disabled: true },
      { email: 'taken-over@example.test' },
      { role: 'organizer', disabled: false, email: 'x@example.test' },
    ]) {
      const latest = (await t.http().get(`/api/users/${owner.id}`).set(bearer(owner))).body;
      const response = await t
        .http()
        .put(`/api/users/${owner.id}`)
        .set(bearer(owner))
        .send({ ...current, version: latest.version, ...extra });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ role: 'member', disabled: false, email: owner.email });
    }
    expect(await row(`SELECT role, disabled, email FROM app_user WHERE id = $1`, owner.id)).toEqual({
      role: 'member',
      disabled: false,
      email: owner.email,
    });
    const registered = await t
      .http()
      .post('/api/auth/register')
      .send({ email: 'would-be-organizer@example.test', name: 'Mallory', password: 'a-long-enough-passphrase-77', role: 'organizer' });
    expect(registered.status).toBe(400);
    expect(await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'would-be-organizer@example.test'`)).toEqual([]);
  });

  it('ignores the status, decision and speakers sent back on a talk, and refuses them on create', async () => {
    const owner = world.users.owner;
    const id = await world.fresh.draftSubmission();
    const current = (await t.http().get(`/api/submissions/${id}`).set(bearer(owner))).body;
    const response = await t
      .http()
      .put(`/api/submissions/${id}`)
      .set(bearer(owner))
      .send({
        ...current,
        status: 'accepted',
        pendingDecision: 'accept',
        speakers: [{ userId: world.users.secondMember.id, name: 'Someone else', affiliation: null, status: 'accepted' }],
      });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await row(`SELECT status, pending_decision FROM submission WHERE id = $1`, id)).toEqual({
      status: 'draft',
      pending_decision: null,
    });
    expect(await t.dataSource.query(`SELECT user_id FROM submission_speaker WHERE submission_id = $1`, [id])).toEqual([
      { user_id: owner.id },
    ]);
    const created = await t
      .http()
      .post('/api/submissions')
      .set(bearer(owner))
      .send({ cfpId: world.ids.cfp, title: 'T', abstract: 'A', format: 'talk', track: 'Core', level: 'beginner', status: 'accepted' });
    expect(created.status).toBe(400);
  });

  it('ignores the author and status sent back on a contest entry, and a voter id on a vote', async () => {
    const id = world.ids.entry as number;
    const current = (await t.http().get(`/api/contest-entries/${id}`).set(bearer(world.users.owner))).body;
    const response = await t
      .http()
      .put(`/api/contest-entries/${id}`)
      .set(bearer(world.users.owner))
      .send({ ...current, authorId: world.users.secondMember.id, status: 'approved', title: 'Penguin, renamed' });
    expect([200, 400]).toContain(response.status);
    expect(await row(`SELECT author_id, status FROM contest_entry WHERE id = $1`, id)).toEqual({
      author_id: world.users.owner.id,
      status: 'pending',
    });
    const voter = await t.user('member');
    const vote = await t
      .http()
      .post('/api/votes')
      .set(bearer(voter))
      .send({ contestId: world.ids.votingContest, entryId: world.ids.votableEntry, voterId: world.users.secondMember.id });
    expect(vote.status).toBe(400);
    expect(
      await t.dataSource.query(`SELECT voter_id FROM vote WHERE contest_id = $1 AND voter_id IN ($2, $3)`, [
        world.ids.votingContest,
        voter.id,
        world.users.secondMember.id,
      ]),
    ).toEqual([]);
  });

  it("ignores a reviewer's own seat role and affiliation, and another reviewer's id on a review", async () => {
    const reviewer = world.users.reviewer;
    const seat = (await t.http().get(`/api/committee-seats/${world.ids.reviewerSeat}`).set(bearer(reviewer))).body;
    const response = await t
      .http()
      .put(`/api/committee-seats/${world.ids.reviewerSeat}`)
      .set(bearer(reviewer))
      .send({ role: 'chair', affiliation: 'Somewhere else', version: seat.version });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await row(`SELECT role, affiliation FROM committee_seat WHERE id = $1`, world.ids.reviewerSeat)).toEqual({
      role: 'reviewer',
      affiliation: seat.affiliation,
    });
    const created = await t
      .http()
      .post('/api/reviews')
      .set(bearer(reviewer))
      .send({ submissionId: world.ids.organizerTalk, score: 1, confidence: 1, reviewerId: world.users.member.id });
    expect(created.status).toBe(400);
    const review = (await t.http().get(`/api/reviews/${world.ids.review}`).set(bearer(reviewer))).body;
    const edited = await t
      .http()
      .put(`/api/reviews/${world.ids.review}`)
      .set(bearer(reviewer))
      .send({ ...review, reviewerId: world.users.member.id, submissionId: world.ids.organizerTalk });
    expect([200, 400]).toContain(edited.status);
    expect(await row(`SELECT reviewer_id, submission_id FROM review WHERE id = $1`, world.ids.review)).toEqual({
      reviewer_id: reviewer.id,
      submission_id: world.ids.submission,
    });
  });

  it('ignores workflow state on parcels, contests and shifts, even from organizers', async () => {
    const organizer = world.users.organizer;
    const parcel = (await t.http().get(`/api/shipments/${world.ids.shipment}`).set(bearer(organizer))).body;
    const shipped = await t
      .http()
      .put(`/api/shipments/${world.ids.shipment}`)
      .set(bearer(organizer))
      .send({ ...parcel, status: 'delivered', trackingNumber: '1Z999AA10123456784', carrier: 'UPS' });
    expect([200, 400]).toContain(shipped.status);
    expect(await row(`SELECT status FROM shipment WHERE id = $1`, world.ids.shipment)).toEqual({ status: 'requested' });
    const contest = (await t.http().get(`/api/contests/${world.ids.contest}`).set(bearer(organizer))).body;
    const awarded = await t
      .http()
      .put(`/api/contests/${world.ids.contest}`)
      .set(bearer(organizer))
      .send({ ...contest, stage: 'awarded', status: 'awarded', winnerEntryId: world.ids.entry });
    expect([200, 400]).toContain(awarded.status);
    expect(await row(`SELECT stage, winner_entry_id FROM contest WHERE id = $1`, world.ids.contest)).toEqual({
      stage: 'published',
      winner_entry_id: null,
    });
    const shift = await t.http().post('/api/booth-shifts').set(bearer(world.users.member)).send({
      boothProposalId: world.ids.approvedProposal,
      day: world.ids.shiftDay,
      startTime: '19:00',
      endTime: '19:30',
      status: 'confirmed',
      userId: world.users.secondMember.id,
    });
    expect(shift.status).toBe(400);
  });
});

describe('security: mass assignment of sponsorships changes nothing', () => {
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('charges the package price whatever amount or currency is sent, and refuses a status, payment or refund on create', async () => {
    const owner = world.users.owner;
    const order = { packageId: world.ids.sponsorshipPackage, sponsorId: world.ids.ownerSponsor };
    const bought = await t
      .http()
      .post('/api/sponsorships')
      .set(bearer(owner))
      .send({ ...order, amount: 1, currency: 'JPY' });
    expect(bought.status, JSON.stringify(bought.body)).toBe(201);
    expect(bought.body).toMatchObject({ amount: 250_000, currency: 'USD', status: 'pending', amountRefunded: 0, paidAt: null });
    expect((await t.dataSource.query(`SELECT amount, currency, status FROM sponsorship WHERE id = $1`, [bought.body.id]))[0]).toMatchObject(
      { currency: 'USD', status: 'pending' },
    );
    expect(Number((await t.dataSource.query(`SELECT amount FROM sponsorship WHERE id = $1`, [bought.body.id]))[0].amount)).toBe(250_000);
    const before = await count('sponsorship');
    for (const extra of [
      { status: 'paid' },
      { paidAt: new Date().toISOString() },
      { paymentReference: 'FAKE-1' },
      { amountRefunded: 250_000 },
      { paymentMethod: 'card' },
      { createdById: world.users.secondMember.id },
    ]) {
      for (const buyer of [owner, world.users.organizer]) {
        const response = await t
          .http()
          .post('/api/sponsorships')
          .set(bearer(buyer))
          .send({ ...order, ...extra });
        expect(response.status, JSON.stringify(extra)).toBe(400);
      }
    }
    expect(await count('sponsorship')).toBe(before);
  });

  it("refuses a verified flag on a new sponsor, and ignores it (and the verification date) sent back on a sponsor's PUT", async () => {
    const owner = world.users.owner;
    const before = await count('sponsor');
    for (const extra of [{ verified: true }, { verifiedAt: new Date().toISOString() }, { verifiedBy: world.users.organizer.id }]) {
      const response = await t
        .http()
        .post('/api/sponsors')
        .set(bearer(owner))
        .send({ name: 'Self-verified Ltd', website: 'https://self.example.org', ...extra });
      expect(response.status, JSON.stringify(extra)).toBe(400);
    }
    expect(await count('sponsor')).toBe(before);
    // A member's company always lists them among its contacts, whatever contactIds says.
    const created = await t
      .http()
      .post('/api/sponsors')
      .set(bearer(owner))
      .send({ name: 'Contact Ltd', website: 'https://contact.example.org', contactIds: [world.users.secondMember.id] });
    expect(created.status).toBe(201);
    expect([...created.body.contactIds].sort()).toEqual([owner.id, world.users.secondMember.id].sort());

    const secondMember = world.users.secondMember;
    const unverified = world.ids.unverifiedSponsor;
    const current = (await t.http().get(`/api/sponsors/${unverified}`).set(bearer(secondMember))).body;
    const edited = await t
      .http()
      .put(`/api/sponsors/${unverified}`)
      .set(bearer(secondMember))
      .send({ ...current, verified: true, verifiedAt: new Date().toISOString() });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ verified: false, verifiedAt: null });
    expect((await t.dataSource.query(`SELECT verified_at, verified_by FROM sponsor WHERE id = $1`, [unverified]))[0]).toEqual({
      verified_at: null,
      verified_by: null,
    });

    // A contact's change to a verified profile needs a fresh check, even when it claims to be verified.
    const verified = await world.fresh.ownerSponsor();
    const shown = (await t.http().get(`/api/sponsors/${verified}`).set(bearer(owner))).body;
    const renamed = await t
      .http()
      .put(`/api/sponsors/${verified}`)
      .set(bearer(owner))
      .send({ ...shown, name: `${shown.name} (renamed)`, verified: true });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body.verified).toBe(false);
    expect((await t.dataSource.query(`SELECT verified_at FROM sponsor WHERE id = $1`, [verified]))[0]).toEqual({ verified_at: null });
  });
});

describe('security: what a visible record shows', () => {
  it("shows other members an approved booth without the proposer's address or the organizers' notes", async () => {
    const path = `/api/booth-proposals/${world.ids.approvedProposal}`;
    for (const actor of ['member', 'secondMember', 'reviewer'] as const) {
      const seen = (await t.http().get(path).set(bearer(world.users[actor]))).body;
      expect(seen, actor).toMatchObject({ shippingAddress: null, reviewNote: null, overBudgetReason: null });
    }
    const own = (await t.http().get(path).set(bearer(world.users.owner))).body;
    expect(own.shippingAddress).toMatchObject({ city: 'Spartanburg' });
  });
});

describe('security: revoked access takes effect at once', () => {
  it('refuses a disabled member with an unexpired token, and lets them back when enabled', async () => {
    const member = await t.user('member');
    expect((await t.http().get('/api/auth/me').set(bearer(member))).status).toBe(200);
    expect((await t.http().post(`/api/users/${member.id}/disable`).set(bearer(world.users.organizer)).send({})).status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(bearer(member))).status).toBe(401);
    expect(
      (
        await t
          .http()
          .post('/api/booth-proposals')
          .set(bearer(member))
          .send({ eventId: world.ids.event, pitch: 'x', feeRequested: 0, currency: 'USD' })
      ).status,
    ).toBe(401);
    expect((await t.http().post(`/api/users/${member.id}/enable`).set(bearer(world.users.organizer)).send({})).status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(bearer(member))).status).toBe(200);
  });

  it('refuses a demoted organizer at once with the token they signed in with', async () => {
    const demoted = await t.user('organizer');
    expect((await t.http().get('/api/budgets').set(bearer(demoted))).status).toBe(200);
    expect((await t.http().post(`/api/users/${demoted.id}/role`).set(bearer(world.users.organizer)).send({ role: 'member' })).status).toBe(
      200,
    );
    expect((await t.http().get('/api/budgets').set(bearer(demoted))).status).toBe(403);
    expect((await t.http().get(`/api/booth-proposals/${world.ids.draftProposal}`).set(bearer(demoted))).status).toBe(404);
    expect((await t.http().get(`/api/reviews/${world.ids.review}`).set(bearer(demoted))).status).toBe(404);
    expect(
      (
        await t.http().post('/api/events').set(bearer(demoted)).send({
          name: 'Sneaky',
          kind: 'meetup',
          startDate: '2031-01-01',
          endDate: '2031-01-01',
          timeZone: 'UTC',
          city: 'X',
          country: 'DE',
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a chair whose seat was taken away, with the same token', async () => {
    const chair = await t.user('member');
    const seat = await t
      .http()
      .post('/api/committee-seats')
      .set(bearer(world.users.organizer))
      .send({ committeeId: world.ids.otherCommittee, userId: chair.id, role: 'chair' });
    expect(seat.status, JSON.stringify(seat.body)).toBe(201);
    expect((await t.http().get(`/api/cfps/${world.ids.otherCfp}/ranking`).set(bearer(chair))).status).toBe(200);
    expect((await t.http().get(`/api/submissions/${world.ids.submissionB}`).set(bearer(chair))).status).toBe(200);
    expect((await t.http().delete(`/api/committee-seats/${seat.body.id}`).set(bearer(world.users.organizer))).status).toBe(200);
    expect((await t.http().get(`/api/cfps/${world.ids.otherCfp}/ranking`).set(bearer(chair))).status).toBe(404);
    expect((await t.http().get(`/api/submissions/${world.ids.submissionB}`).set(bearer(chair))).status).toBe(404);
  });

  it('trusts the stored role, not a role claimed in a validly signed token', async () => {
    const member = world.users.member;
    const token = t.app.get(JwtService).sign({ sub: member.id, role: 'organizer' });
    expect((await t.http().get('/api/budgets').set(bearer({ token }))).status).toBe(403);
    expect((await t.http().get(`/api/booth-proposals/${world.ids.draftProposal}`).set(bearer({ token }))).status).toBe(404);
  });
});
