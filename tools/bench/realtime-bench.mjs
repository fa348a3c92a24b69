#!/usr/bin/env node
// Real-time benchmark (issue 3): two API instances sharing PostgreSQL and Redis, like production.
//   1. latency: with N clients connected to instance B, a user on instance A replies; we time from the
//      mutation's HTTP response (and from its request) to the `notification` arriving on instance B.
//   2. fan-out: one reply notifies all N watchers on B; time until each socket has it.
//   3. capacity: authenticated sockets on one instance vs. its resident memory (RSS), extrapolated to 1 GiB.
//   4. under load: --load-sockets authenticated sockets spread over both instances, each user watching one of
//      the threads (--load-watchers per thread), while --load-rate posts per second are written into those
//      threads for --load-seconds through both instances: latency from each mutation's response to each
//      arrival, notifications lost or doubled, and each instance's peak resident memory.
// Usage: npm run bench:realtime [-- --clients 1000 --rounds 200 --capacity 10000 --load-sockets 10000
//        --load-rate 100 --load-seconds 20 --load-watchers 10]
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
const LOAD_SOCKETS = arg('load-sockets', 10000);
const LOAD_RATE = arg('load-rate', 100);
const LOAD_SECONDS = arg('load-seconds', 20);
const LOAD_WATCHERS = arg('load-watchers', 10);
const adminUrl = process.env.DATABASE_URL_ADMIN || 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
// BENCH_API_MAIN: another build's main.js, to compare two versions on the same machine.
const main = process.env.BENCH_API_MAIN || path.join(root, 'dist/apps/api/apps/api/src/main.js');
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

async function underLoad(a, b) {
  const threadCount = Math.max(1, Math.floor(LOAD_SOCKETS / LOAD_WATCHERS));
  const { users, posters, threads } = await withDb(dbUrl, async (db) => {
    const [org] = (await db.query(`SELECT id FROM organisations WHERE kind = 'KOMMUNE' LIMIT 1`)).rows;
    const [topic] = (await db.query(`SELECT id FROM topics ORDER BY title LIMIT 1`)).rows;
    const users = await createUsers(db, LOAD_SOCKETS, org.id);
    const posters = await createUsers(db, 50, org.id);
    const threads = (
      await db.query(
        `INSERT INTO threads (topic_id, author_id, title, last_activity_at)
         SELECT $1, $2, 'Lastprobe ' || g, now() FROM generate_series(1, $3::int) g RETURNING id`,
        [topic.id, posters[0].id, threadCount],
      )
    ).rows.map((r) => r.id);
    await db.query(
      `INSERT INTO posts (thread_id, author_id, author_organisation_id, body, body_html)
       SELECT unnest($1::uuid[]), $2, $3, 'Frage', '<p>Frage</p>'`,
      [threads, posters[0].id, org.id],
    );
    // User i watches thread i mod threadCount: LOAD_WATCHERS sockets per thread.
    await db.query(
      `INSERT INTO watches (user_id, target_type, target_id, level)
       SELECT u, 'THREAD', ($2::uuid[])[((i - 1) % $3) + 1], 'WATCHING' FROM unnest($1::uuid[]) WITH ORDINALITY AS x(u, i)`,
      [users.map((u) => u.id), threads, threadCount],
    );
    return { users, posters, threads };
  });
  const ports = [3501, 3502];
  const sockets = [];
  for (let i = 0; i < users.length; i += 500) {
    const batch = users.slice(i, i + 500);
    sockets.push(...(await Promise.all(batch.map((u, j) => connect(ports[(i + j) % 2], u.token)))));
  }
  allSockets.push(...sockets);
  const watchersOf = new Map(threads.map((t) => [t, 0]));
  users.forEach((_, i) => {
    const t = threads[i % threadCount];
    watchersOf.set(t, watchersOf.get(t) + 1);
  });
  // Arrivals per post id, and every (socket, post) seen, to find doubles.
  const arrivals = new Map();
  const seen = new Set();
  let doubled = 0;
  sockets.forEach((s, i) =>
    s.on('notification', (n) => {
      const postId = n.post?.id;
      if (!postId) return;
      const key = `${i}:${postId}`;
      if (seen.has(key)) doubled += 1;
      seen.add(key);
      let list = arrivals.get(postId);
      if (!list) arrivals.set(postId, (list = []));
      list.push(performance.now());
    }),
  );
  const posts = []; // { id, thread, answeredAt }
  let failed = 0;
  const peak = { a: 0, b: 0 };
  const sampler = setInterval(() => {
    peak.a = Math.max(peak.a, rssMiB(a.pid));
    peak.b = Math.max(peak.b, rssMiB(b.pid));
  }, 250);
  const total = LOAD_RATE * LOAD_SECONDS;
  const start = performance.now();
  const inflight = [];
  for (let k = 0; k < total; k++) {
    const due = start + (k * 1000) / LOAD_RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const thread = threads[k % threadCount];
    const poster = posters[k % posters.length];
    inflight.push(
      gql(ports[k % 2], poster.token, `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, {
        i: { threadId: thread, body: `Lastprobe ${k}` },
      })
        .then((d) => posts.push({ id: d.createPost.id, thread, answeredAt: performance.now() }))
        .catch(() => (failed += 1)),
    );
  }
  await Promise.all(inflight);
  const sentSeconds = (performance.now() - start) / 1000;
  await sleep(3000);
  clearInterval(sampler);
  const latencies = [];
  let lost = 0;
  for (const p of posts) {
    const got = arrivals.get(p.id) ?? [];
    lost += Math.max(0, watchersOf.get(p.thread) - got.length);
    for (const t of got) latencies.push(Math.max(0, t - p.answeredAt));
  }
  return {
    sockets: sockets.length,
    threads: threadCount,
    watchersPerThread: LOAD_WATCHERS,
    postsWritten: posts.length,
    postsFailed: failed,
    postsPerSecond: +(posts.length / sentSeconds).toFixed(1),
    notificationsDelivered: latencies.length,
    lost,
    doubled,
    fromResponseMs: stats(latencies.length ? latencies : [NaN]),
    peakRssMiB: { a: Math.round(peak.a), b: Math.round(peak.b) },
  };
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
  for (const s of allSockets) s.close();
  allSockets.length = 0;
  await sleep(2000);

  // 4. under load: LOAD_SOCKETS sockets over both instances, LOAD_RATE posts/s into the threads they watch
  if (LOAD_SOCKETS > 0) results.underLoad = await underLoad(a, b);
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
await writeResult(path.join(outDir, 'realtime.json'), `${JSON.stringify(results, null, 2)}\n`);
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
  ...(results.underLoad
    ? [
        `| under load: ${results.underLoad.sockets} sockets over two instances, ${results.underLoad.postsPerSecond} posts/s for ${LOAD_SECONDS} s into ${results.underLoad.threads} threads (${results.underLoad.watchersPerThread} watchers each) | ${results.underLoad.postsWritten} posts, ${results.underLoad.postsFailed} failed |`,
        `| under load: notification latency, mutation response → arrival (p50 / p99 / max ms) | ${results.underLoad.fromResponseMs.p50} / ${results.underLoad.fromResponseMs.p99} / ${results.underLoad.fromResponseMs.max} (${results.underLoad.notificationsDelivered} delivered) |`,
        `| under load: lost / doubled notifications | ${results.underLoad.lost} / ${results.underLoad.doubled} |`,
        `| under load: peak resident memory of instance A / B | ${results.underLoad.peakRssMiB.a} / ${results.underLoad.peakRssMiB.b} MiB |`,
      ]
    : []),
].join('\n');
await writeResult(path.join(outDir, 'realtime.md'), `${md}\n`);
process.stdout.write(`${md}\n`);
process.exit(0);
