#!/usr/bin/env node
// Real-time benchmark (issue 3): two API instances sharing PostgreSQL and Redis, like production.
//   1. latency: with N clients connected to instance B, a user on instance A replies; we time from the
//      mutation's HTTP response (and from its request) to the `notification` arriving on instance B.
//   2. fan-out: one reply notifies all N watchers on B; time until each socket has it.
//   3. capacity: authenticated sockets on one instance vs. its resident memory (RSS), extrapolated to 1 GiB.
// Usage: npm run bench:realtime [-- --clients 1000 --rounds 200 --capacity 10000]
// Needs the production build (npm run build), PostgreSQL (DATABASE_URL or 127.0.0.1:5432) and Redis
// (REDIS_URL or 127.0.0.1:6379). Only loopback traffic; every loop is bounded.
import { spawn } from 'node:child_process';
import { API_NODE_FLAGS } from '../api-node-flags.mjs';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { io } from 'socket.io-client';
import { writeResult } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('clients', 1000);
const ROUNDS = arg('rounds', 200);
const CAPACITY = arg('capacity', 10000);
const adminUrl = process.env.DATABASE_URL_ADMIN || 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const main = path.join(root, 'dist/apps/api/apps/api/src/main.js');
if (!fs.existsSync(main)) throw new Error('Build first: npm run build');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: +pct(s, 50).toFixed(2), p99: +pct(s, 99).toFixed(2), max: +s.at(-1).toFixed(2) };
};
const rssMiB = (pid) => {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS'));
  return Number(line.replace(/\D+/g, '')) / 1024;
};

async function withDb(url, fn) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function startApi(port, dbUrl, prefix) {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, main], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: dbUrl,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('läuft')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`API on ${port} exited (${code})`)));
  });
}

async function gql(port, token, query, variables) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Inserts active users with sessions directly (login's argon2 would dominate the set-up time). */
async function createUsers(db, count, orgId) {
  const tokens = [];
  for (let i = 0; i < count; i += 1000) {
    const n = Math.min(1000, count - i);
    const ids = await db.query(
      `INSERT INTO users (email, display_name, organisation_id, status)
       SELECT 'bench-' || g || '-' || $3 || '@bench.example', 'Bench ' || g, $1, 'ACTIVE' FROM generate_series($2::int, $2::int + $4::int - 1) g RETURNING id`,
      [orgId, i, randomBytes(4).toString('hex'), n],
    );
    const batch = ids.rows.map((r) => ({ id: r.id, token: randomBytes(32).toString('base64url') }));
    await db.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at) SELECT unnest($1::text[]), unnest($2::uuid[]), now() + interval '1 day'`,
      [batch.map((b) => createHash('sha256').update(b.token).digest('hex')), batch.map((b) => b.id)],
    );
    tokens.push(...batch);
  }
  return tokens;
}

function connect(port, token) {
  const socket = io(`http://127.0.0.1:${port}`, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function connectMany(port, users) {
  const sockets = [];
  for (let i = 0; i < users.length; i += 200)
    sockets.push(...(await Promise.all(users.slice(i, i + 200).map((u) => connect(port, u.token)))));
  return sockets;
}

const dbName = `bench_rt_${Date.now().toString(36)}`;
const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
const prefix = `bench-${dbName}`;
const children = [];
const allSockets = [];
const results = {
  date: new Date().toISOString(),
  machine: `${(await import('node:os')).cpus().length} cores`,
  clients: CLIENTS,
  rounds: ROUNDS,
};

try {
  await withDb(adminUrl, (c) => c.query(`CREATE DATABASE ${dbName}`));
  const a = await startApi(3501, dbUrl, prefix);
  const b = await startApi(3502, dbUrl, prefix);
  children.push(a, b);

  const setup = await withDb(dbUrl, async (db) => {
    const [org] = (await db.query(`SELECT id FROM organisations WHERE kind = 'KOMMUNE' LIMIT 1`)).rows;
    const [topic] = (await db.query(`SELECT id, board_id FROM topics WHERE lead_land_id IS NOT NULL LIMIT 1`))
      .rows;
    const users = await createUsers(db, CLIENTS + 2, org.id);
    return { topic, users };
  });
  const [asker, replier, ...watchers] = setup.users;

  // 1. latency to one recipient among CLIENTS connected sockets on instance B
  const sockets = await connectMany(3502, watchers);
  allSockets.push(...sockets);
  const thread = (
    await gql(3501, asker.token, `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`, {
      i: { topicId: setup.topic.id, title: 'Benchmark-Frage zur Latenz', body: 'Text' },
    })
  ).createThread;
  const fromResponse = [];
  const fromRequest = [];
  const askerSocket = await connect(3502, asker.token);
  allSockets.push(askerSocket);
  for (let r = 0; r < ROUNDS; r++) {
    const got = new Promise((resolve) => askerSocket.once('notification', () => resolve(performance.now())));
    const t0 = performance.now();
    await gql(3501, replier.token, `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
      i: { threadId: thread.id, body: `Antwort ${r}` },
    });
    const t1 = performance.now();
    const t2 = await Promise.race([got, sleep(5000).then(() => NaN)]);
    if (!Number.isNaN(t2)) {
      fromResponse.push(Math.max(0, t2 - t1));
      fromRequest.push(t2 - t0);
    }
  }
  results.latencyFromResponseMs = stats(fromResponse);
  results.latencyFromRequestMs = stats(fromRequest);
  results.lost = ROUNDS - fromResponse.length;

  // 2. fan-out: every connected watcher is notified by one reply
  await withDb(dbUrl, (db) =>
    db.query(
      `INSERT INTO watches (user_id, target_type, target_id, level) SELECT unnest($1::uuid[]), 'BOARD', $2, 'WATCHING'`,
      [watchers.map((w) => w.id), setup.topic.board_id],
    ),
  );
  const arrivals = [];
  const all = Promise.all(
    sockets.map(
      (s) =>
        new Promise((resolve) =>
          s.once('notification', () => {
            arrivals.push(performance.now());
            resolve();
          }),
        ),
    ),
  );
  const f0 = performance.now();
  await gql(3501, replier.token, `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
    i: { threadId: thread.id, body: 'Antwort an alle' },
  });
  const f1 = performance.now();
  await Promise.race([all, sleep(20000)]);
  results.fanout = {
    recipients: sockets.length,
    delivered: arrivals.length,
    fromResponseMs: stats(arrivals.map((t) => Math.max(0, t - f1))),
    fromRequestMs: stats(arrivals.map((t) => t - f0)),
  };
  for (const s of allSockets) s.close();
  allSockets.length = 0;
  await sleep(1000);

  // 3. capacity: sockets on instance B vs. its RSS
  const capacityUsers = await withDb(dbUrl, async (db) => {
    const [org] = (await db.query(`SELECT id FROM organisations WHERE kind = 'KOMMUNE' LIMIT 1`)).rows;
    return createUsers(db, CAPACITY, org.id);
  });
  const baseline = rssMiB(b.pid);
  const samples = [{ sockets: 0, rssMiB: +baseline.toFixed(1) }];
  for (let i = 0; i < CAPACITY; i += 2000) {
    allSockets.push(...(await connectMany(3502, capacityUsers.slice(i, i + 2000))));
    await sleep(500);
    samples.push({ sockets: allSockets.length, rssMiB: +rssMiB(b.pid).toFixed(1) });
  }
  const last = samples.at(-1);
  const perSocketKiB = ((last.rssMiB - baseline) * 1024) / last.sockets;
  results.capacity = {
    samples,
    perSocketKiB: +perSocketKiB.toFixed(1),
    socketsWithin1GiB: Math.floor(((1024 - baseline) * 1024) / perSocketKiB),
  };
} finally {
  for (const s of allSockets) s.close();
  for (const c of children) c.kill('SIGTERM');
  await sleep(1500);
  await withDb(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)).catch(
    () => undefined,
  );
}

const outDir = path.join(root, 'tools/bench/results');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'realtime.json'), `${JSON.stringify(results, null, 2)}\n`);
const md = [
  `| measure | value |`,
  `| --- | --- |`,
  `| connected clients on instance B | ${CLIENTS} |`,
  `| notification latency, mutation response → arrival on B (p50 / p99 ms) | ${results.latencyFromResponseMs.p50} / ${results.latencyFromResponseMs.p99} |`,
  `| notification latency, mutation request → arrival on B (p50 / p99 ms) | ${results.latencyFromRequestMs.p50} / ${results.latencyFromRequestMs.p99} |`,
  `| lost notifications | ${results.lost} of ${ROUNDS} |`,
  `| fan-out to ${results.fanout.recipients} watchers, response → arrival (p50 / p99 ms) | ${results.fanout.fromResponseMs.p50} / ${results.fanout.fromResponseMs.p99} (${results.fanout.delivered} delivered) |`,
  `| memory per authenticated socket | ${results.capacity.perSocketKiB} KiB |`,
  `| sockets per instance within 1 GiB (extrapolated) | ${results.capacity.socketsWithin1GiB} |`,
  `| measured | ${results.capacity.samples.map((s) => `${s.sockets} → ${s.rssMiB} MiB`).join(', ')} |`,
].join('\n');
await writeResult(path.join(outDir, 'realtime.md'), `${md}\n`);
process.stdout.write(`${md}\n`);
process.exit(0);
