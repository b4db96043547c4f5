import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrations } from '@summitdesk/migrations';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findNginx, readCompose, renderProxyConfig, startTopology, type Topology } from '../../../scripts/topology.mjs';
import { repoRoot } from '../src/config/config.js';

// The production topology of docker-compose.yml, run for real by scripts/topology.mjs (npm run
// topology): its own PostgreSQL, two replicas racing to migrate, Debian's nginx with deploy/nginx.conf.
// `.ci/run` installs nginx; without it (a laptop) the run is skipped with the reason.
const nginx = findNginx();

// Docker's compose plugin (`docker compose`) or Debian's standalone `docker-compose`, whichever answers.
function findComposeCommand(): string[] | undefined {
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    try {
      execFileSync(command[0], [...command.slice(1), 'version'], { stdio: 'pipe' });
      return command;
    } catch {
      // not this one
    }
  }
  return undefined;
}
if (!nginx) console.warn('topology test skipped: nginx is not installed (`apt-get install -y nginx`; .ci/run installs it)');

describe('the compose file and the topology script', () => {
  it('describe the same services: PostgreSQL, two replicas (one without workers) and nginx with deploy/nginx.conf', () => {
    const compose = readCompose();
    expect(compose.replicas).toEqual(['api1', 'api2']);
    expect(compose.proxyConfigFile).toBe(join(repoRoot, 'deploy/nginx.conf'));
    const env = (name: string) => compose.services[name].environment ?? {};
    expect([env('api1').INSTANCE_NAME, env('api1').WORKERS]).toEqual(['api1', 'on']);
    expect([env('api2').INSTANCE_NAME, env('api2').WORKERS]).toEqual(['api2', 'off']);
    // Everything else is the same for both replicas (the YAML anchor), above all the shared secret.
    const { INSTANCE_NAME: _a, WORKERS: _b, ...shared1 } = env('api1');
    const { INSTANCE_NAME: _c, WORKERS: _d, ...shared2 } = env('api2');
    expect(shared2).toEqual(shared1);
    expect(shared1.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    // The proxy configuration sends to exactly these replicas.
    const rendered = renderProxyConfig(readFileSync(compose.proxyConfigFile, 'utf8'), { api1: '127.0.0.1:1', api2: '127.0.0.1:2' }, '8')
      .replace(/\s+/g, ' ')
      .trim();
    expect(rendered).toContain('server 127.0.0.1:1; server 127.0.0.1:2;');
    expect(rendered).toContain('listen 8;');
  });

  it('is a valid compose file for `docker compose config` wherever Docker Compose is installed', (context) => {
    const compose = findComposeCommand();
    if (!compose) {
      console.warn('`docker compose config` skipped: neither the docker compose plugin nor docker-compose is installed here');
      context.skip();
      return;
    }
    // Compose itself resolves the anchors, merge keys and `${JWT_SECRET:?…}`; a file it rejects fails here.
    const rendered = execFileSync(compose[0], [...compose.slice(1), '-f', join(repoRoot, 'docker-compose.yml'), 'config'], {
      encoding: 'utf8',
      env: { ...process.env, JWT_SECRET: 'x'.repeat(48) },
    });
    const config = parse(rendered) as { services: Record<string, { environment?: Record<string, string> }> };
    expect(Object.keys(config.services).sort()).toEqual(['api1', 'api2', 'postgres', 'proxy']);
    expect(config.services.api2.environment?.WORKERS).toBe('off');
    expect(config.services.api1.environment?.JWT_SECRET).toBe('x'.repeat(48));
  });

  it('builds in two stages and runs as an unprivileged user with a health check', () => {
    const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/api\/health/m);
  });
});

describe.skipIf(!nginx)('the production topology behind nginx', () => {
  let topology: Topology;
  const servedBy = new Set<string>();

  beforeAll(async () => {
    topology = await startTopology({ ports: [4300, 4319], seedDemo: true, env: { LOG_LEVEL: 'warn' } });
  }, 180_000);
  afterAll(() => topology?.stop());

  // Every request goes through the proxy; the answering replica names itself.
  async function call(method: string, path: string, options: { token?: string; body?: unknown; form?: FormData } = {}) {
    const headers: Record<string, string> = {};
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${topology.url}${path}`, {
      method,
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const servedByHeader = response.headers.get('x-served-by');
    if (servedByHeader) servedBy.add(servedByHeader);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // the admin's HTML
    }
    return { status: response.status, body: body as Record<string, unknown> & { id: number }, headers: response.headers };
  }

  async function signIn(email: string, password = 'xen-booth-banner-2027') {
    const login = await call('POST', '/api/auth/login', { body: { email, password } });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    return login.body.accessToken as string;
  }

  it('both replicas applied the migrations at once without an error, each migration once', async () => {
    const client = new pg.Client({ connectionString: topology.databaseUrl });
    await client.connect();
    try {
      const rows = await client.query('SELECT name, count(*)::int AS times FROM migrations GROUP BY name');
      expect(rows.rows).toHaveLength(migrations.length);
      expect(rows.rows.every((row: { times: number }) => row.times === 1)).toBe(true);
    } finally {
      await client.end();
    }
    for (const name of ['api1', 'api2']) {
      expect(topology.replicas[name].proc.alive(), topology.logs(name).join('\n')).toBe(true);
      expect(topology.logs(name).join('\n')).not.toMatch(/could not start|"level":(50|60)/);
    }
  });

  it('serves the admin and the health check through the proxy', async () => {
    const admin = await call('GET', '/');
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-type')).toMatch(/text\/html/);
    const health = await call('GET', '/api/health');
    expect([health.status, health.body.status]).toEqual([200, 'ok']);
  });

  it('signs in, writes and uploads through the proxy, with both replicas answering', async () => {
    const organizer = await signIn('organizer@summitdesk.test');
    const member = await signIn('pasi@summitdesk.test');

    // A newcomer registers and votes in the demo's mascot contest (voting is open).
    const email = `newcomer-${Date.now()}@example.org`;
    const registered = await call('POST', '/api/auth/register', {
      body: { email, name: 'Nora Newcomer', password: 'a-banner-for-every-booth' },
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const newcomer = await signIn(email, 'a-banner-for-every-booth');
    const contests = await call('GET', '/api/contests', { token: newcomer });
    const voting = (contests.body as unknown as Array<{ id: number; phase?: string; status: string; title: string }>).find((contest) =>
      /mascot/i.test(contest.title),
    )!;
    const entries = await call('GET', `/api/contest-entries?filter=${encodeURIComponent(JSON.stringify({ contestId: voting.id }))}`, {
      token: newcomer,
    });
    const entry = (entries.body as unknown as Array<{ id: number; status: string }>).find((candidate) => candidate.status === 'approved')!;
    const vote = await call('POST', '/api/votes', { token: newcomer, body: { contestId: voting.id, entryId: entry.id } });
    expect(vote.status, JSON.stringify(vote.body)).toBe(201);

    // A member proposes a booth at an event to come and submits it.
    const events = await call('GET', '/api/events?sort=["startDate","ASC"]', { token: member });
    const upcoming = (events.body as unknown as Array<{ id: number; startDate: string }>).filter(
      (event) => event.startDate > new Date().toISOString().slice(0, 10),
    );
    const proposal = await call('POST', '/api/booth-proposals', {
      token: member,
      body: {
        eventId: upcoming[upcoming.length - 1].id,
        pitch: 'Proposed through nginx: a booth to show Xen on ARM boards to the local user group.',
        expectedAttendance: 800,
        staffingPlan: 'Two volunteers a day.',
        feeRequested: 20_000,
        currency: 'USD',
      },
    });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(201);
    const submitted = await call('POST', `/api/booth-proposals/${proposal.body.id}/submit`, { token: member, body: {} });
    expect([submitted.status, submitted.body.status]).toEqual([200, 'submitted']);

    // An organizer opens a contest; the member enters it and uploads the artwork (multipart through nginx).
    const now = Date.now();
    const contest = await call('POST', '/api/contests', {
      token: organizer,
      body: {
        title: `Topology banner contest ${now}`,
        rules: 'Design the banner for the booth.',
        prize: 5_000,
        currency: 'USD',
        license: 'CC BY 4.0',
        timeZone: 'UTC',
        entriesOpenAt: new Date(now - 86_400_000).toISOString(),
        entriesCloseAt: new Date(now + 7 * 86_400_000).toISOString(),
        votingOpensAt: new Date(now + 7 * 86_400_000).toISOString(),
        votingClosesAt: new Date(now + 14 * 86_400_000).toISOString(),
      },
    });
    expect(contest.status, JSON.stringify(contest.body)).toBe(201);
    expect((await call('POST', `/api/contests/${contest.body.id}/publish`, { token: organizer, body: {} })).status).toBe(200);
    const created = await call('POST', '/api/contest-entries', {
      token: member,
      body: { contestId: contest.body.id, title: 'Penguin on a hypervisor', description: 'A friendly mascot', licenseAccepted: true },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const artwork = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#2266aa' } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(artwork)], { type: 'image/png' }), 'banner.png');
    const uploaded = await call('POST', `/api/contest-entries/${created.body.id}/artwork`, { token: member, form });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(200);
    // Whichever replica stored it, every replica serves it (the shared upload folder, as the compose volume).
    const artworkUrl = new URL(String(uploaded.body.artworkUrl), topology.url).toString();
    expect(artworkUrl.startsWith(`${topology.url}/api/`), artworkUrl).toBe(true);
    for (let read = 0; read < 4; read += 1) {
      const file = await fetch(artworkUrl);
      expect([file.status, file.headers.get('content-type')]).toEqual([200, 'image/png']);
      servedBy.add(file.headers.get('x-served-by') ?? '');
    }

    // Round-robin behind nginx: both replicas answered some of these requests.
    for (let read = 0; read < 6; read += 1) await call('GET', '/api/auth/me', { token: member });
    expect([...servedBy].filter(Boolean).sort()).toEqual(['api1', 'api2']);
  });

  it('answers 503 with Retry-After while PostgreSQL restarts, never a 401 that would sign people out, and recovers', async () => {
    const member = await signIn('pasi@summitdesk.test');
    const during: Array<Awaited<ReturnType<typeof call>>> = [];
    await topology.restartPostgres({
      whileDown: async () => {
        for (let request = 0; request < 2; request += 1) during.push(await call('GET', '/api/auth/me', { token: member }));
      },
    });
    for (const answer of during) {
      expect([answer.status, answer.body.code, answer.headers.get('retry-after')]).toEqual([503, 'SERVER.UNAVAILABLE', '2']);
    }
    let health = await call('GET', '/api/health');
    for (let poll = 0; poll < 100 && health.status !== 200; poll += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      health = await call('GET', '/api/health');
    }
    expect(health.status).toBe(200);
    for (let request = 0; request < 4; request += 1) expect((await call('GET', '/api/auth/me', { token: member })).status).toBe(200);
  });

  it('stops nginx, both replicas and PostgreSQL', async () => {
    await topology.stop();
    expect(topology.proxy.alive()).toBe(false);
    expect(Object.values(topology.replicas).map((replica) => replica.proc.alive())).toEqual([false, false]);
    expect(topology.postgres.proc.alive()).toBe(false);
    await expect(fetch(`${topology.url}/api/health`)).rejects.toThrow();
  });
});
