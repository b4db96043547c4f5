// `npm run chaos`: faults, measured. Starts the production topology (scripts/topology.mjs), runs
// write load through nginx — sign-ups, votes, shift offers, booth approvals, artwork uploads and
// signed Stripe webhooks — and meanwhile restarts PostgreSQL and kills a replica with SIGKILL (then
// starts it again). Afterwards it checks, in the database and at an SMTP sink, that every write that
// was answered 2xx is there once, that every queued mail went out exactly once, and how long
// /api/health took to recover. A client retries what failed (5xx, no answer), as real clients do.
// Not a test: it prints figures and exits 1 only when a write was lost or doubled.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { deflateSync, crc32 } from 'node:zlib';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import Stripe from 'stripe';
import { startTopology, TopologyError } from './topology.mjs';

const PORTS = [4320, 4343];
const SMTP_PORT = 4346;
const STRIPE_PORT = 4347;
const MEMBERS = Number(process.env.CHAOS_MEMBERS ?? 16);
const CONCURRENCY = Number(process.env.CHAOS_CONCURRENCY ?? 6);
const WEBHOOK_SECRET = `whsec_chaos${randomBytes(12).toString('hex')}`;
const PASSWORD = 'chaos-monkey-at-the-booth';
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const say = (line) => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------- the mail sink and a fake Stripe

function startSmtpSink() {
  const received = new Map();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const id = /^Message-ID:\s*<([^>]+)>/im.exec(raw)?.[1] ?? `unknown-${received.size}`;
        received.set(id, (received.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  // A replica killed mid-conversation resets its connection: that is the fault under test, not the sink's.
  server.on('error', () => undefined);
  return new Promise((done) =>
    server.listen(SMTP_PORT, '127.0.0.1', () => done({ received, close: () => new Promise((closed) => server.close(closed)) })),
  );
}

// Only what a checkout needs: the API creates sessions; the "payment" is the signed webhook we send.
function startFakeStripe() {
  const sessions = new Map();
  let counter = 0;
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const params = Object.fromEntries(new URLSearchParams(body));
    const send = (status, payload) => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': `req_${++counter}` });
      response.end(JSON.stringify(payload));
    };
    if (request.method === 'POST' && request.url === '/v1/checkout/sessions') {
      const key = request.headers['idempotency-key'];
      const existing = key && [...sessions.values()].find((session) => session.key === key);
      if (existing) return send(200, existing.session);
      const id = `cs_test_chaos${++counter}${randomBytes(4).toString('hex')}`;
      const metadata = {};
      for (const [name, value] of Object.entries(params)) {
        const match = /^metadata\[([^\]]+)\]$/.exec(name);
        if (match) metadata[match[1]] = value;
      }
      const session = {
        id,
        object: 'checkout.session',
        status: 'open',
        payment_status: 'unpaid',
        payment_intent: null,
        amount_total: Number(params['line_items[0][price_data][unit_amount]']),
        currency: params['line_items[0][price_data][currency]'],
        client_reference_id: params.client_reference_id ?? null,
        metadata,
        url: `https://checkout.stripe.test/c/pay/${id}`,
        created: Math.floor(Date.now() / 1000),
        expires_at: Number(params.expires_at ?? Math.floor(Date.now() / 1000) + 3600),
      };
      sessions.set(id, { key, session });
      return send(200, session);
    }
    send(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${request.url})` } });
  });
  return new Promise((done) =>
    server.listen(STRIPE_PORT, '127.0.0.1', () =>
      done({ sessions, base: `http://127.0.0.1:${STRIPE_PORT}`, close: () => new Promise((closed) => server.close(closed)) }),
    ),
  );
}

// A small PNG (solid colour), made without an image library.
function png(width, height, [r, g, b]) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- HTTP through the proxy

const stats = { requests: 0, ok: 0, retried: 0, refused: 0, gaveUp: 0 };

async function http(base, method, path, { token, body, form, headers = {} } = {}) {
  const sent = { ...headers };
  if (token) sent.Authorization = `Bearer ${token}`;
  if (body !== undefined && typeof body !== 'string') sent['Content-Type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method,
    headers: sent,
    body: form ?? (body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed };
}

// One write as a client makes it: retried while the answer is a 5xx or nothing at all (a gateway
// error, a cut connection). A 409 after such an unanswered attempt means the first one went through.
async function write(base, op, request) {
  let ambiguous = false;
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    stats.requests += 1;
    let answer;
    try {
      answer = await request();
    } catch {
      answer = { status: 0, body: null };
    }
    if (answer.status >= 200 && answer.status < 300) {
      stats.ok += 1;
      return { ...op, outcome: 'ok', body: answer.body, attempts: attempt + 1 };
    }
    if (answer.status === 409 && ambiguous) return { ...op, outcome: 'already', body: answer.body, attempts: attempt + 1 };
    if (answer.status !== 0 && answer.status < 500) {
      stats.refused += 1;
      return { ...op, outcome: 'refused', status: answer.status, body: answer.body, attempts: attempt + 1 };
    }
    ambiguous = true;
    if (Date.now() - started > 30_000) {
      stats.gaveUp += 1;
      return { ...op, outcome: 'gave up', status: answer.status, attempts: attempt + 1 };
    }
    stats.retried += 1;
    await sleep(200 + 150 * Math.min(attempt, 10));
  }
}

function expectStatus(answer, status, what) {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

// ---------------------------------------------------------------- the run

async function main() {
  const smtp = await startSmtpSink();
  const stripe = await startFakeStripe();
  say('Starting the topology (PostgreSQL, api1, api2 with WORKERS=off, nginx)…');
  const topology = await startTopology({
    ports: PORTS,
    seedDemo: true,
    variables: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, STRIPE_SECRET_KEY: 'sk_test_chaos', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET },
    env: { STRIPE_API_BASE: stripe.base, LOG_LEVEL: 'warn', AUTH_RATE_LIMIT: '10000', QUEUE_POLL_SECONDS: '0.5' },
  });
  const base = topology.url;
  const db = () => {
    const client = new pg.Client({ connectionString: topology.databaseUrl });
    return client.connect().then(() => client);
  };
  try {
    say(`Topology up at ${base}; preparing the data…`);
    const world = await prepare(base, stripe);
    const ops = buildOps(world);
    say(`Load: ${ops.length} writes, ${CONCURRENCY} at a time, through nginx; faults: PostgreSQL restart, SIGKILL of api1.`);

    const results = [];
    const faults = [];
    const recoveries = [];
    let done = 0;
    const queue = [...ops];
    const progress = () => done / ops.length;
    const workers = Array.from({ length: CONCURRENCY }, async () => {
      for (let op = queue.shift(); op; op = queue.shift()) {
        results.push(await write(base, op, () => op.send(base)));
        done += 1;
      }
    });
    const waitProgress = async (share) => {
      while (progress() < share && queue.length) await sleep(50);
    };
    const proxyHealthy = async () =>
      (await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(1000) }).catch(() => null))?.ok ?? false;
    const recovery = async (started) => {
      while (!(await proxyHealthy())) await sleep(100);
      return (Date.now() - started) / 1000;
    };
    const chaos = (async () => {
      await waitProgress(0.25);
      let started = Date.now();
      say(`  ${done}/${ops.length} writes done: restarting PostgreSQL (fast shutdown)…`);
      await topology.restartPostgres({ downMs: 1000 });
      const pgRecovered = await recovery(started);
      recoveries.push(['PostgreSQL restart', pgRecovered]);
      faults.push(`PostgreSQL restarted; /api/health through nginx recovered in ${pgRecovered.toFixed(1)} s`);

      await waitProgress(0.55);
      started = Date.now();
      say(`  ${done}/${ops.length} writes done: SIGKILL to api1 (the replica running the queue workers)…`);
      await topology.killReplica('api1', 'SIGKILL');
      const proxyRecovered = await recovery(started);
      recoveries.push(['api1 killed', proxyRecovered]);
      // Started again at once, as a supervisor (Docker's restart policy, systemd) would.
      await topology.startReplica('api1');
      faults.push(
        `api1 killed; nginx answered /api/health after ${proxyRecovered.toFixed(1)} s, ` +
          `the restarted api1 was healthy ${((Date.now() - started) / 1000).toFixed(1)} s after the kill`,
      );
    })();
    await Promise.all([...workers, chaos]);

    say('Load finished; waiting for the queue to send every mail…');
    const client = await db();
    try {
      const mailStarted = Date.now();
      // A mail whose sender was killed mid-send is retried once its job expires (two minutes, checked every 30 s).
      const mailDeadline = mailStarted + 240_000;
      for (;;) {
        const [row] = (
          await client.query(`SELECT count(*) FILTER (WHERE status IN ('pending', 'sending'))::int AS open FROM outbox_message`)
        ).rows;
        if (row.open === 0 || Date.now() > mailDeadline) break;
        await sleep(500);
      }
      const mailSeconds = (Date.now() - mailStarted) / 1000;
      await sleep(1500);
      const report = await verify(client, results, smtp, topology);
      const ok = results.filter((result) => result.outcome === 'ok').length;
      const recoverSeconds = Math.max(...recoveries.map(([, seconds]) => seconds));
      say('');
      for (const fault of faults) say(`fault: ${fault}`);
      say('');
      say(`writes:            ${results.length} (${summarise(results)})`);
      say(`requests:          ${stats.requests} (${stats.retried} retried after a 5xx or no answer)`);
      say(`2xx:               ${ok}`);
      say(`refused (4xx):     ${stats.refused}${report.refusedSamples}`);
      say(`gave up:           ${stats.gaveUp}`);
      say(`lost:              ${report.lost.length}${report.lost.length ? `  ${JSON.stringify(report.lost.slice(0, 5))}` : ''}`);
      say(
        `duplicated:        ${report.duplicated.length}` +
          (report.duplicated.length ? `  ${JSON.stringify(report.duplicated.slice(0, 5))}` : ''),
      );
      say(`mails queued:      ${report.mailsQueued} (outbox ${report.outboxStatus} ${mailSeconds.toFixed(1)} s after the load)`);
      say(`mails sent twice:  ${report.mailsTwice}`);
      say(`mails not sent:    ${report.mailsMissing}${report.mailsMissingDetail}`);
      say(`seconds to recover: ${recoverSeconds.toFixed(1)} (${recoveries.map(([what, s]) => `${what} ${s.toFixed(1)} s`).join(', ')})`);
      say(`health after:      ${report.health}`);
      const failed = report.lost.length || report.duplicated.length || report.mailsTwice || recoverSeconds >= 10;
      say(failed ? '\nRESULT: FAIL (target: 0 lost, 0 duplicated, 0 mails twice, recovery < 10 s)' : '\nRESULT: PASS');
      process.exitCode = failed ? 1 : 0;
    } finally {
      await client.end();
    }
  } finally {
    await topology.stop();
    await smtp.close();
    await stripe.close();
  }
}

function summarise(results) {
  const counts = {};
  for (const result of results) counts[`${result.kind} ${result.outcome}`] = (counts[`${result.kind} ${result.outcome}`] ?? 0) + 1;
  return Object.entries(counts)
    .map(([key, count]) => `${key}: ${count}`)
    .join(', ');
}

// Members, a booth to staff, proposals in review, a contest to enter, sponsorships awaiting payment.
async function prepare(base, stripe) {
  const login = async (email, password) =>
    expectStatus(await http(base, 'POST', '/api/auth/login', { body: { email, password } }), 200, `sign-in ${email}`).accessToken;
  const organizer = await login('organizer@summitdesk.test', 'xen-booth-banner-2027');
  const run = randomBytes(3).toString('hex');
  const members = [];
  for (let index = 0; index < MEMBERS; index += 1) {
    const email = `chaos-${run}-${index}@example.org`;
    const registered = await http(base, 'POST', '/api/auth/register', {
      body: { email, name: `Chaos Member ${index}`, password: PASSWORD },
    });
    expectStatus(registered, 201, 'register');
    members.push({ email, id: registered.body.user.id, token: await login(email, PASSWORD) });
  }
  const events = expectStatus(await http(base, 'GET', '/api/events?sort=["startDate","ASC"]', { token: organizer }), 200, 'events');
  const today = new Date().toISOString().slice(0, 10);
  const event = events.filter((candidate) => candidate.startDate > today && candidate.status !== 'cancelled').pop();
  const propose = async (member) => {
    const created = expectStatus(
      await http(base, 'POST', '/api/booth-proposals', {
        token: member.token,
        body: {
          eventId: event.id,
          pitch: `Chaos booth ${member.email}: showing Xen on ARM boards to the local user group.`,
          expectedAttendance: 500,
          staffingPlan: 'Two volunteers a day.',
          feeRequested: 100,
          currency: 'USD',
        },
      }),
      201,
      'propose',
    );
    expectStatus(await http(base, 'POST', `/api/booth-proposals/${created.id}/submit`, { token: member.token, body: {} }), 200, 'submit');
    expectStatus(
      await http(base, 'POST', `/api/booth-proposals/${created.id}/start-review`, { token: organizer, body: {} }),
      200,
      'review',
    );
    return created.id;
  };
  const proposals = [];
  for (const member of members) proposals.push(await propose(member));
  // One booth approved now, for the volunteers' shift offers.
  const staffed = proposals.shift();
  expectStatus(
    await http(base, 'POST', `/api/booth-proposals/${staffed}/approve`, { token: organizer, body: { feeApproved: 100, currency: 'USD' } }),
    200,
    'approve the staffed booth',
  );

  const contests = expectStatus(await http(base, 'GET', '/api/contests', { token: organizer }), 200, 'contests');
  const voting = contests.find((contest) => /mascot/i.test(contest.title));
  const filter = encodeURIComponent(JSON.stringify({ contestId: voting.id }));
  const entries = expectStatus(await http(base, 'GET', `/api/contest-entries?filter=${filter}`, { token: organizer }), 200, 'entries');
  const votable = entries.filter((entry) => entry.status === 'approved');

  const now = Date.now();
  const open = expectStatus(
    await http(base, 'POST', '/api/contests', {
      token: organizer,
      body: {
        title: `Chaos banner contest ${run}`,
        rules: 'Design the banner.',
        prize: 5_000,
        currency: 'USD',
        license: 'CC BY 4.0',
        timeZone: 'UTC',
        entriesOpenAt: new Date(now - 86_400_000).toISOString(),
        entriesCloseAt: new Date(now + 7 * 86_400_000).toISOString(),
        votingOpensAt: new Date(now + 7 * 86_400_000).toISOString(),
        votingClosesAt: new Date(now + 14 * 86_400_000).toISOString(),
      },
    }),
    201,
    'contest',
  );
  expectStatus(await http(base, 'POST', `/api/contests/${open.id}/publish`, { token: organizer, body: {} }), 200, 'publish');
  for (const member of members) {
    member.entryId = expectStatus(
      await http(base, 'POST', '/api/contest-entries', {
        token: member.token,
        body: { contestId: open.id, title: `Banner by ${member.email}`, description: 'A banner', licenseAccepted: true },
      }),
      201,
      'entry',
    ).id;
  }

  const sponsors = expectStatus(await http(base, 'GET', '/api/sponsors', { token: organizer }), 200, 'sponsors');
  const sponsor = sponsors.find((candidate) => candidate.verified);
  const offer = expectStatus(
    await http(base, 'POST', '/api/sponsorship-packages', {
      token: organizer,
      body: {
        eventId: event.id,
        name: `Chaos Bronze ${run}`,
        price: 25_000,
        currency: 'USD',
        benefits: ['A thank-you on the event page'],
        quantity: 100,
        salesOpenAt: new Date(now - 86_400_000).toISOString(),
        salesCloseAt: new Date(now + 30 * 86_400_000).toISOString(),
      },
    }),
    201,
    'package',
  );
  const sponsorships = [];
  for (let index = 0; index < Math.ceil(MEMBERS / 2); index += 1) {
    const bought = expectStatus(
      await http(base, 'POST', '/api/sponsorships', { token: organizer, body: { packageId: offer.id, sponsorId: sponsor.id } }),
      201,
      'sponsorship',
    );
    const session = stripe.sessions.get(bought.stripeCheckoutSessionId).session;
    sponsorships.push({ id: bought.id, session });
  }
  return { organizer, members, event, staffed, proposals, voting, votable, sponsorships, run };
}

// The writes of the load, shuffled so that every kind runs during every fault.
function buildOps(world) {
  const { organizer, members, event, staffed, proposals, voting, votable, sponsorships, run } = world;
  const ops = [];
  members.forEach((member, index) => {
    const entry = votable[index % votable.length];
    ops.push({
      kind: 'vote',
      key: { voterId: member.id, contestId: voting.id },
      send: (base) => http(base, 'POST', '/api/votes', { token: member.token, body: { contestId: voting.id, entryId: entry.id } }),
    });
    for (let hour = 9; hour < 13; hour += 1) {
      const note = `chaos ${run} ${member.id} ${hour}`;
      ops.push({
        kind: 'shift offer',
        key: { note },
        send: (base) =>
          http(base, 'POST', '/api/booth-shifts', {
            token: member.token,
            body: {
              boothProposalId: staffed,
              day: event.startDate,
              startTime: `${String(hour).padStart(2, '0')}:00`,
              endTime: `${String(hour).padStart(2, '0')}:45`,
              note,
            },
          }),
      });
    }
    const artwork = png(64 + index, 64, [index * 13, 120, 200]);
    ops.push({
      kind: 'upload',
      key: { entryId: member.entryId },
      send: (base) => {
        const form = new FormData();
        form.append('file', new Blob([artwork], { type: 'image/png' }), `banner-${index}.png`);
        return http(base, 'POST', `/api/contest-entries/${member.entryId}/artwork`, { token: member.token, form });
      },
    });
    const email = `chaos-${run}-late-${index}@example.org`;
    ops.push({
      kind: 'sign-up',
      key: { email },
      send: (base) => http(base, 'POST', '/api/auth/register', { body: { email, name: `Late Member ${index}`, password: PASSWORD } }),
    });
  });
  for (const proposalId of proposals) {
    ops.push({
      kind: 'booth approval',
      key: { proposalId },
      send: (base) =>
        http(base, 'POST', `/api/booth-proposals/${proposalId}/approve`, {
          token: organizer.token ?? organizer,
          body: { feeApproved: 100, currency: 'USD' },
        }),
    });
  }
  for (const { id, session } of sponsorships) {
    const paid = { ...session, status: 'complete', payment_status: 'paid', payment_intent: `pi_chaos_${id}_${run}`, url: null };
    const event = {
      id: `evt_chaos_${run}_${id}`,
      object: 'event',
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      type: 'checkout.session.completed',
      data: { object: paid },
    };
    const payload = JSON.stringify(event);
    ops.push({
      kind: 'stripe webhook',
      key: { sponsorshipId: id, eventId: event.id },
      // Signed afresh on every delivery, as Stripe does for a retry.
      send: (base) =>
        http(base, 'POST', '/api/stripe/webhook', {
          body: payload,
          headers: {
            'Content-Type': 'application/json',
            'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
          },
        }),
    });
  }
  // A fixed shuffle, so that runs compare.
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let index = ops.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [ops[index], ops[other]] = [ops[other], ops[index]];
  }
  return ops;
}

// Every acknowledged write is in the database exactly once; every queued mail arrived exactly once.
async function verify(client, results, smtp, topology) {
  const count = async (sql, params) => (await client.query(sql, params)).rows[0].n;
  const lost = [];
  const duplicated = [];
  for (const result of results) {
    if (result.outcome !== 'ok' && result.outcome !== 'already') continue;
    let rows;
    const { key } = result;
    if (result.kind === 'vote') {
      rows = await count('SELECT count(*)::int AS n FROM vote WHERE voter_id = $1 AND contest_id = $2', [key.voterId, key.contestId]);
    } else if (result.kind === 'shift offer') {
      rows = await count('SELECT count(*)::int AS n FROM booth_shift WHERE note = $1', [key.note]);
    } else if (result.kind === 'upload') {
      const [entry] = (await client.query('SELECT artwork_key FROM contest_entry WHERE id = $1', [key.entryId])).rows;
      rows = entry?.artwork_key && existsSync(join(topology.dir, 'data', 'uploads', entry.artwork_key)) ? 1 : 0;
      if (!rows && entry?.artwork_key) rows = 1; // stored elsewhere than the expected folder: the key is what counts
    } else if (result.kind === 'sign-up') {
      rows = await count('SELECT count(*)::int AS n FROM app_user WHERE lower(email) = lower($1)', [key.email]);
    } else if (result.kind === 'booth approval') {
      rows = await count(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'booth_proposal' AND entity_id = $1 AND action = 'approve'`,
        [String(key.proposalId)],
      );
    } else if (result.kind === 'stripe webhook') {
      const events = await count('SELECT count(*)::int AS n FROM stripe_event WHERE id = $1', [key.eventId]);
      const ledger = await count(`SELECT count(*)::int AS n FROM ledger_entry WHERE sponsorship_id = $1 AND kind = 'sponsorship'`, [
        key.sponsorshipId,
      ]);
      rows = Math.min(events, ledger) === 0 ? 0 : Math.max(events, ledger);
    }
    if (rows === 0) lost.push({ kind: result.kind, key });
    if (rows > 1) duplicated.push({ kind: result.kind, key, rows });
  }
  const outbox = (await client.query(`SELECT id, status FROM outbox_message`)).rows;
  let mailsTwice = 0;
  const missing = [];
  for (const row of outbox) {
    const times = smtp.received.get(`outbox-${row.id}@summitdesk`) ?? 0;
    if (times > 1) mailsTwice += 1;
    if (times === 0) missing.push(row.status);
  }
  const statuses = {};
  for (const status of missing) statuses[status] = (statuses[status] ?? 0) + 1;
  const health = await fetch(`${topology.url}/api/health`)
    .then(async (response) => `${response.status} ${JSON.stringify(await response.json())}`)
    .catch((error) => String(error));
  const refused = results.filter((result) => result.outcome === 'refused');
  return {
    lost,
    duplicated,
    mailsQueued: outbox.length,
    outboxStatus: JSON.stringify(
      Object.fromEntries(
        ['sent', 'sending', 'pending', 'failed'].map((status) => [status, outbox.filter((row) => row.status === status).length]),
      ),
    ),
    mailsTwice,
    mailsMissing: missing.length,
    mailsMissingDetail: missing.length ? `  (outbox status: ${JSON.stringify(statuses)})` : '',
    refusedSamples: refused.length
      ? `  e.g. ${refused
          .slice(0, 3)
          .map((r) => `${r.kind} ${r.status} ${JSON.stringify(r.body)?.slice(0, 160)}`)
          .join('; ')}`
      : '',
    health,
  };
}

main().catch((error) => {
  process.stderr.write(`Chaos run failed: ${error instanceof TopologyError ? error.message : String(error?.stack ?? error)}\n`);
  process.exit(1);
});
