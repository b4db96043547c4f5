import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config/config.js';
import { createTestSchema } from './test-database.js';
import { inject } from 'vitest';

// The built server, started as an operator starts it (npm test builds first).
const main = join(repoRoot, 'apps/api/dist/main.js');

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startServer(env: Record<string, string | undefined>): Run {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(DATABASE_|PORT$|DATA_DIR$|METRICS)/.test(key)));
  const child = spawn(process.execPath, ['--disable-proto=delete', main], {
    env: { ...base, LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function running(run: Run): Promise<void> {
  while (!run.output().includes('Summitdesk is running at')) {
    if (run.child.exitCode !== null) throw new Error(`the server exited: ${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// One line, a reason and what to do; never a stack trace.
function expectOneSentence(output: string, reason: RegExp) {
  const lines = output.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Summitdesk could not start: .+; .+\.$/);
  expect(lines[0]).toMatch(reason);
  expect(output).not.toMatch(/\n\s+at /);
}

// Each test starts a whole server process: minutes, not seconds, on a busy machine.
describe('starting and stopping the built server', { timeout: 180_000 }, () => {
  let dataDir: string;
  let embedded: Run;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'summitdesk-lifecycle-'));
    embedded = startServer({ PORT: '4360', DATA_DIR: dataDir, SEED_DEMO: 'no', NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40) });
    await running(embedded);
  }, 180_000);
  afterAll(() => {
    if (embedded.child.exitCode === null) embedded.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server on a data folder whose embedded database is in use', async () => {
    const second = startServer({ PORT: '4361', DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expectOneSentence(second.output(), /already owns the embedded database/);
  });

  it('on SIGTERM finishes the request in flight, stops the queue and then the database, and exits 0', async () => {
    // A sign-in whose body is still arriving when the signal comes: the server has accepted it.
    const socket = connect(4360, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const body = JSON.stringify({ email: 'nobody@summitdesk.test', password: 'not-the-password-at-all' });
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n` +
        body.slice(0, 10),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    embedded.child.kill('SIGTERM');
    while (!embedded.output().includes('Stopping (SIGTERM)')) await new Promise((resolve) => setTimeout(resolve, 50));
    // New connections are refused while the old one is served.
    await expect(fetch('http://127.0.0.1:4360/api/health/live')).rejects.toThrow();
    socket.write(body.slice(10));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(await embedded.exited).toBe(0);
    expect(embedded.output()).toMatch(/Stopped\./);
    expect(embedded.output()).not.toMatch(/terminating connection|administrator command|"level":50/);
  });

  it('names a taken port in one sentence', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(4362, resolve));
    try {
      const run = startServer({ PORT: '4362', DATA_DIR: mkdtempSync(join(tmpdir(), 'summitdesk-port-')) });
      expect(await run.exited).toBe(1);
      expectOneSentence(run.output(), /port 4362 is already in use .* set PORT/);
    } finally {
      blocker.close();
    }
  });

  it('names an unreachable database in one sentence', async () => {
    const run = startServer({
      PORT: '4363',
      DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:4399/summitdesk',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'summitdesk-unreachable-')),
    });
    expect(await run.exited).toBe(1);
    expectOneSentence(run.output(), /the database at 127\.0\.0\.1:4399\/summitdesk refused the connection.*DATABASE_URL/);
    expect(run.output()).not.toContain('secret');
  });

  it('names a bad setting in one sentence', async () => {
    const run = startServer({
      PORT: 'eighty',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:4399/summitdesk',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'summitdesk-setting-')),
    });
    expect(await run.exited).toBe(1);
    expectOneSentence(run.output(), /a setting is invalid \(PORT: /);
  });

  it.runIf(process.getuid?.() === 0)('as root in a private folder, says why the embedded database cannot start there', async () => {
    const home = mkdtempSync(join(tmpdir(), 'summitdesk-root-home-'));
    chmodSync(home, 0o700);
    mkdirSync(join(home, 'project'));
    try {
      const run = startServer({ PORT: '4364', DATA_DIR: join(home, 'project', '.data') });
      expect(await run.exited).toBe(1);
      expectOneSentence(run.output(), /cannot run as root.*is private \(mode 700\).*DATABASE_URL.*normal user/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('starts on DATABASE_URL in its own schema and stops cleanly on SIGINT', async () => {
    const schema = await createTestSchema();
    try {
      const run = startServer({
        PORT: '4365',
        DATABASE_URL: inject('databaseUrl'),
        DATABASE_SCHEMA: schema.target.schema,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'summitdesk-schema-')),
      });
      await running(run);
      expect((await fetch('http://127.0.0.1:4365/api/health/ready')).status).toBe(200);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
      expect(run.output()).not.toMatch(/terminating connection|"level":50/);
    } finally {
      await schema.drop();
    }
  });
});
