// Shared by the benchmark scripts: the production API as a child process and bench sessions.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS } from '../api-node-flags.mjs';
import { writeNginxConfig } from '../nginx-config.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const resultsDir = path.join(root, 'tools/bench/results');
// BENCH_API_MAIN: another build's main.js, to compare two versions on the same data and machine.
const main = process.env.BENCH_API_MAIN || path.join(root, 'dist/apps/api/apps/api/src/main.js');

export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/**
 * The seeded database (BENCH_DATABASE_URL or DATABASE_URL), as a copy made for this run: every run starts on
 * the same data. Scenarios write (replies, notifications, sessions); in the seeded database itself the
 * replies of earlier runs would pile up as the newest posts and slow the search scenario, which ranks the
 * newest matches, run after run. The copy (CREATE DATABASE … TEMPLATE, a file copy) is dropped by
 * `dropBenchDatabase` at the end and on Ctrl-C; copies of runs that died are dropped at the next start.
 * BENCH_KEEP_DATA=1 works on the seeded database itself.
 */
export async function benchDatabaseUrl() {
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  if (!url)
    throw new Error('Set BENCH_DATABASE_URL or DATABASE_URL to a seeded database (npm run seed:bulk)');
  if (!fs.existsSync(main)) throw new Error('Build first: npm run build');
  if (process.env.BENCH_KEEP_DATA === '1') return url;
  const seeded = new URL(url);
  const template = decodeURIComponent(seeded.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const db = new pg.Client({ connectionString: admin.toString() });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT datname FROM pg_database WHERE datname LIKE 'bench_run_%'`);
    for (const { datname } of rows) {
      const pid = Number(datname.split('_').at(-1));
      if (!isAlive(pid)) await db.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    copyName = `bench_run_${process.pid}`;
    await db.query(`CREATE DATABASE "${copyName}" TEMPLATE "${template.replace(/"/g, '""')}"`);
  } finally {
    await db.end();
  }
  copyAdminUrl = admin.toString();
  process.once('SIGINT', () => void dropBenchDatabase().finally(() => process.exit(130)));
  const copy = new URL(url);
  copy.pathname = `/${copyName}`;
  return copy.toString();
}

let copyName = null;
let copyAdminUrl = null;

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Drops this run's copy of the seeded database (see benchDatabaseUrl). */
export async function dropBenchDatabase() {
  if (!copyName) return;
  const db = new pg.Client({ connectionString: copyAdminUrl });
  await db.connect();
  try {
    await db.query(`DROP DATABASE IF EXISTS "${copyName}" WITH (FORCE)`);
    copyName = null;
  } finally {
    await db.end();
  }
}

// BENCH_NODE_ARGS: extra flags for the API's Node.js (GC settings to compare, --cpu-prof, …).
const envNodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** Starts the production build on `port` and resolves once it listens. */
export async function startApi(port, dbUrl, env = {}, nodeArgs = []) {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, ...envNodeArgs, ...nodeArgs, main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      REDIS_URL: '',
      GRAPHQL_MAX_COMPLEXITY: '100000',
      MAIL_SECRET: randomBytes(32).toString('hex'),
      MAIL_POLL_INTERVAL_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('läuft')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`API exited (${code})`)));
  });
  return child;
}

/** Signs in `count` bulk users by writing sessions directly; returns { id, token } each. */
export async function benchSessions(db, count) {
  const { rows } = await db.query(
    `SELECT id FROM users WHERE status = 'ACTIVE' AND email LIKE 'bulk%' ORDER BY id LIMIT $1`,
    [count],
  );
  if (rows.length < count) throw new Error('Not enough bulk users: run npm run seed:bulk first');
  const tokens = rows.map(() => randomBytes(32).toString('base64url'));
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) SELECT unnest($1::text[]), unnest($2::uuid[]), now() + interval '1 day'`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), rows.map((r) => r.id)],
  );
  return rows.map((r, i) => ({ id: r.id, token: tokens[i] }));
}

export const endSessions = (db, users) =>
  db.query(`DELETE FROM sessions WHERE user_id = ANY($1)`, [users.map((u) => u.id)]);

/** The q-quantile of an ascending array (nearest rank). */
export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** The GraphQL operations of the hot paths, as the web app asks them (bench and bench:profile). */
export const QUERIES = {
  // The web app's own Boards and Topic documents (apps/web/src/features/boards, features/topics), with the
  // unread and new counts per topic and per thread that the pages show.
  boards: `query Boards { boards { id slug title description position archived threadCount lastActivityAt topics { ...TopicSummaryFields } } }
    fragment TopicSummaryFields on Topic { id title threadCount openThreadCount lastActivityAt viewerUnreadThreadCount viewerNewThreadCount leadLand { id name code } }`,
  topic: `query Topic($id: ID!, $progress: QuestionProgress, $first: Int! = 20, $after: String) { topic(id: $id) { id title description ozgId leikaKey serviceStatus link threadCount openThreadCount lastActivityAt leadLand { id name code } board { id slug title } threads(first: $first, after: $after, progress: $progress) { edges { cursor node { ...ThreadSummaryFields } } pageInfo { endCursor hasNextPage } totalCount } } }
    fragment ThreadSummaryFields on Thread { id title state progress pinned locked replyCount createdAt lastActivityAt viewerIsNew viewerUnreadCount author { id displayName organisation { id name } } }`,
  thread: `query($id: ID!) { thread(id: $id) { id title state locked pinned viewerCanReply viewerCanAccept topic { id title leadLand { name } board { slug title } } author { displayName organisation { name } } acceptedPost { id } posts(first: 20) { totalCount pageInfo { endCursor hasNextPage } edges { node { id body bodyHtml official leadLandAnswer accepted hidden deleted createdAt editedAt viewerCanEdit author { id displayName organisation { name kind } } } } } } }`,
  post: `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
  me: `{ me { id displayName } }`,
};

/** Which threads the scenarios use: pages of 20 posts, and open threads to reply to. */
export const TARGETS = {
  longThreads: `SELECT id FROM threads WHERE reply_count >= 20 AND merged_into_id IS NULL ORDER BY id LIMIT 200`,
  openThreads: `SELECT id FROM threads WHERE NOT locked AND merged_into_id IS NULL ORDER BY created_at DESC LIMIT 500`,
};

/** Writes a results file formatted as the repository's Prettier check expects (tables padded). */
export async function writeResult(file, text) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

/** CPU seconds (user + system) used so far by the processes `pids` (from /proc; 0 for a vanished one). */
export function cpuSeconds(pids) {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / tick;
    } catch {
      /* gone */
    }
  }
  return total;
}

/** Process ids whose command name is `name` (PostgreSQL backends: "postgres", Redis: "redis-server"). */
export function pidsNamed(name) {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Resident memory of a process in MiB (VmRSS). */
export function rssMiB(pid) {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return line ? Math.round(Number(line[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/**
 * Debian's nginx in front of API instances with the project's own configuration (docker/nginx.conf.template
 * rendered by docker/render-nginx-conf.sh), as in the production compose setup and the topology test.
 */
export async function startNginx(apiPorts, port) {
  const os = await import('node:os');
  const bin = process.env.NGINX_BIN || '/usr/sbin/nginx';
  if (!fs.existsSync(bin)) throw new Error(`no nginx at ${bin} (apt-get install -y nginx)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-bench-nginx-'));
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'web'));
  fs.writeFileSync(path.join(dir, 'web/index.html'), '<!doctype html><title>bench</title>');
  const temp = (name) => path.join(dir, name);
  writeNginxConfig({
    dir,
    apiPorts,
    listen: `127.0.0.1:${port}`,
    webRoot: path.join(dir, 'web'),
    workers: 1,
  });
  const child = spawn(bin, ['-c', temp('nginx.conf'), '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.status < 500) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () => {
    child.kill('SIGQUIT');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { child, stop };
}
