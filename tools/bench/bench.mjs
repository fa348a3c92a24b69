#!/usr/bin/env node
// `npm run bench`: HTTP benchmarks of the hot paths against a running production build on loopback.
// Database: BENCH_DATABASE_URL or DATABASE_URL (seed it first: npm run seed:bulk -- --threads 100000).
// Every scenario runs autocannon for --duration seconds at --connections; a bare Node.js HTTP server is
// measured in the same run and every figure is also given as a ratio to it, so results compare across
// machines. Results: tools/bench/results/bench.json and bench.md.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { io } from 'socket.io-client';
import {
  QUERIES,
  TARGETS,
  arg,
  benchDatabaseUrl,
  dropBenchDatabase,
  benchSessions,
  cpuSeconds,
  endSessions,
  pidsNamed,
  quantile,
  resultsDir,
  rssMiB,
  startApi,
  startNginx,
  writeResult,
} from './lib.mjs';

const DURATION = arg('duration', 10);
const CONNECTIONS = arg('connections', 50);
const SOCKETS = arg('sockets', 1000);
const WARMUP_ROUNDS = 2;
const ROUNDS = 20;
const PORT = arg('port', 3900);
// Seconds of load before each measured run, not counted: JIT, prepared statements, the instances' caches.
const WARMUP = arg('warmup', 3);
// The two-instance run (nginx, two API instances, Redis) after the single-instance scenarios; --instances 1 skips it.
const INSTANCES = arg('instances', 2);
const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';
// --only <text>: run only the scenarios whose name contains the text ("fan-out" for the sockets).
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const dbUrl = await benchDatabaseUrl();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function cannon(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: DURATION, connections: CONNECTIONS, ...opts }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
  });
}

const summary = (r) => ({
  rps: Math.round(r.requests.average),
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.non2xx,
  requests: r.requests.total,
});

async function baseline() {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const result = await cannon({ url: `http://127.0.0.1:${server.address().port}/` });
  server.close();
  return summary(result);
}

const gqlRequest = (token, query, variables) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query, variables }),
});

const { boards: BOARDS, topic: TOPIC, thread: THREAD, post: CREATE_POST } = QUERIES;
const SEARCH = `query($q: String!) { search(query: $q, first: 20) { totalCount edges { node { headline thread { id title } } } } }`;
const SEARCH_TERMS = [
  'Fachverfahren',
  'Zustellpunkt DVDV',
  'Bezahlfunktion',
  'Schnittstelle Testbetrieb',
  'Datenschutz-Folgenabschätzung',
  'Führerschein',
  'Wohngeld Antrag',
  'Medienbrüche Bauaufsicht',
  'Servicekonto Sitzung',
  'Schulung Sachbearbeitung',
];

async function fanout(db, users, port) {
  const watchers = users.slice(0, SOCKETS);
  const [topic] = (
    await db.query(
      `SELECT t.id, t.board_id FROM topics t WHERE t.lead_land_id IS NOT NULL ORDER BY t.title LIMIT 1`,
    )
  ).rows;
  const [thread] = (await db.query(`SELECT id FROM threads WHERE topic_id = $1 LIMIT 1`, [topic.id])).rows;
  await db.query(
    `INSERT INTO watches (user_id, target_type, target_id, level) SELECT unnest($1::uuid[]), 'THREAD', $2, 'WATCHING' ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = 'WATCHING'`,
    [watchers.map((w) => w.id), thread.id],
  );
  const sockets = [];
  for (let i = 0; i < watchers.length; i += 200) {
    sockets.push(
      ...(await Promise.all(
        watchers.slice(i, i + 200).map(
          (w) =>
            new Promise((resolve, reject) => {
              const s = io(`http://127.0.0.1:${port}`, {
                transports: ['websocket'],
                auth: { token: w.token },
                reconnection: false,
                forceNew: true,
              });
              s.once('connect', () => resolve(s));
              s.once('connect_error', reject);
            }),
        ),
      )),
    );
  }
  const actor = users[SOCKETS];
  const latencies = [];
  const rounds = [];
  // The first WARMUP_ROUNDS warm the path up and are not counted: prepared statements on the pool's
  // connections, and V8 optimising the push path. A CPU profile shows the first two rounds spending
  // ≈ 100 ms each in not yet optimised Socket.IO code (BroadcastOperator, encoder, hasBinary); from the
  // third on, the socket writes themselves dominate, and in a 30-round run no later round was like them.
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    const arrivals = [];
    const all = Promise.all(
      sockets.map(
        (s) => new Promise((r) => s.once('notification', () => r(arrivals.push(performance.now())))),
      ),
    );
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}` },
      body: JSON.stringify({
        query: CREATE_POST,
        variables: { i: { threadId: thread.id, body: `Benachrichtigung an alle ${round}` } },
      }),
    });
    const answeredAt = performance.now();
    await res.json();
    await Promise.race([all, sleep(15000)]);
    if (round >= WARMUP_ROUNDS) {
      const own = arrivals.map((t) => Math.max(0, t - answeredAt)).sort((a, b) => a - b);
      latencies.push(...own);
      rounds.push({ first: +own[0].toFixed(1), last: +own.at(-1).toFixed(1) });
    }
    await sleep(300);
  }
  for (const s of sockets) s.close();
  latencies.sort((a, b) => a - b);
  const p = (q) => +quantile(latencies, q).toFixed(1);
  return { sockets: sockets.length, deliveries: latencies.length, p50: p(0.5), p99: p(0.99), rounds };
}

/**
 * Each scenario: one checked request, WARMUP seconds of load that are not counted, then the measured run.
 * Besides throughput and latency, the CPU seconds each part of the stack used during the measured run (the
 * API instances, PostgreSQL's processes, Redis, nginx) tell where the next bottleneck is.
 */
async function runScenarios(base, scenarios, apiPids) {
  const out = {};
  for (const [name, opts] of Object.entries(scenarios).filter(([n]) => !ONLY || n.includes(ONLY))) {
    // One checked request first: a scenario that answers with GraphQL errors would measure nothing.
    const probe = opts.requests[0].setupRequest();
    const answer = await (
      await fetch(`${base}${probe.path}`, { method: 'POST', headers: probe.headers, body: probe.body })
    ).json();
    if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors).slice(0, 500)}`);
    if (WARMUP > 0) await cannon({ url: base, ...opts, duration: WARMUP });
    const parts = {
      api: () => apiPids,
      postgres: () => pidsNamed('postgres'),
      redis: () => pidsNamed('redis-server'),
      nginx: () => pidsNamed('nginx'),
    };
    const before = Object.fromEntries(Object.entries(parts).map(([k, f]) => [k, cpuSeconds(f())]));
    const raw = await cannon({ url: base, ...opts });
    const cpu = Object.fromEntries(
      Object.entries(parts).map(([k, f]) => [k, +((cpuSeconds(f()) - before[k]) / DURATION).toFixed(2)]),
    );
    const r = summary(raw);
    if (r.errors) r.statusCodes = raw.statusCodeStats;
    r.ratio = +(r.rps / results.baseline.rps).toFixed(3);
    // Cores busy on average during the run, and API CPU per request in ms.
    r.cpu = cpu;
    r.apiCpuMsPerRequest = r.requests ? +((cpu.api * DURATION * 1000) / r.requests).toFixed(2) : null;
    out[name] = r;
    process.stdout.write(
      `${name}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, errors ${r.errors}${r.statusCodes ? ` ${JSON.stringify(r.statusCodes)}` : ''} · cores: api ${cpu.api}, postgres ${cpu.postgres}, redis ${cpu.redis}, nginx ${cpu.nginx} · API ${r.apiCpuMsPerRequest} ms CPU/request\n`,
    );
    await sleep(1000);
  }
  return out;
}

const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const users = await benchSessions(db, Math.max(SOCKETS + 1, 60));
const [busiest] = (
  await db.query(
    `SELECT topic_id AS id, count(*)::int AS n FROM threads WHERE merged_into_id IS NULL GROUP BY topic_id ORDER BY n DESC LIMIT 1`,
  )
).rows;
// The cursor of the row 2,000 positions deep, built like the API does (keyset values as base64url JSON).
const [deep] = (
  await db.query(
    `SELECT pinned, last_activity_at, id FROM threads WHERE topic_id = $1 AND merged_into_id IS NULL ORDER BY pinned DESC, last_activity_at DESC, id DESC OFFSET $2 LIMIT 1`,
    [busiest.id, Math.min(2000, busiest.n - 21)],
  )
).rows;
const deepCursor = Buffer.from(
  JSON.stringify([deep.pinned, deep.last_activity_at.toISOString(), deep.id]),
).toString('base64url');
const threadIds = (await db.query(TARGETS.longThreads)).rows.map((r) => r.id);
if (!threadIds.length) throw new Error('No thread with 20+ replies: re-seed with npm run seed:bulk');
const postTargets = (await db.query(TARGETS.openThreads)).rows.map((r) => r.id);
const counts = (
  await db.query(
    `SELECT (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM posts)::int AS posts`,
  )
).rows[0];

const api = await startApi(PORT, dbUrl);
const url = `http://127.0.0.1:${PORT}`;
const pickUser = () => users[Math.floor(Math.random() * 50)];
// Bulk users joined months ago and have opened nothing: everything of the last 30 days is unread to them.
// Users 50–59 have read everything up to two days ago ("alles gelesen"), as someone who visits daily.
const pickReader = () => users[50 + Math.floor(Math.random() * 10)];
await db.query(
  `INSERT INTO read_marks (user_id, scope_type, scope_id, marked_at)
   SELECT unnest($1::uuid[]), 'ALL', '00000000-0000-0000-0000-000000000000', now() - interval '2 days'
   ON CONFLICT (user_id, scope_type, scope_id) DO UPDATE SET marked_at = EXCLUDED.marked_at`,
  [users.slice(50, 60).map((u) => u.id)],
);
const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  data: counts,
  duration: DURATION,
  connections: CONNECTIONS,
  scenarios: {},
};
try {
  results.baseline = await baseline();
  const scenarios = {
    'board overview (has read nothing)': {
      requests: [{ setupRequest: () => gqlRequest(pickUser().token, BOARDS) }],
    },
    'board overview (has read almost everything)': {
      requests: [{ setupRequest: () => gqlRequest(pickReader().token, BOARDS) }],
    },
    'topic thread list, first page': {
      requests: [{ setupRequest: () => gqlRequest(pickUser().token, TOPIC, { id: busiest.id }) }],
    },
    'topic thread list, deep page (2,000 rows in)': {
      requests: [
        { setupRequest: () => gqlRequest(pickUser().token, TOPIC, { id: busiest.id, after: deepCursor }) },
      ],
    },
    'thread page, first 20 posts with authors': {
      requests: [
        {
          setupRequest: () =>
            gqlRequest(pickUser().token, THREAD, {
              id: threadIds[Math.floor(Math.random() * threadIds.length)],
            }),
        },
      ],
    },
    // Before "create post": the posts that scenario writes are the newest, and the search walks the newest
    // posts first, so measuring it afterwards would measure the benchmark's own posts.
    search: {
      requests: [
        {
          setupRequest: () =>
            gqlRequest(pickUser().token, SEARCH, {
              q: SEARCH_TERMS[Math.floor(Math.random() * SEARCH_TERMS.length)],
            }),
        },
      ],
    },
    'create post': {
      requests: [
        {
          setupRequest: () =>
            gqlRequest(pickUser().token, CREATE_POST, {
              i: {
                threadId: postTargets[Math.floor(Math.random() * postTargets.length)],
                body: `Benchmark-Antwort ${randomUUID()}`,
              },
            }),
        },
      ],
    },
  };
  results.scenarios = await runScenarios(url, scenarios, [api.pid]);
  results.rssMiB = [rssMiB(api.pid)];
  if (!ONLY || 'notification fan-out'.includes(ONLY)) {
    results.fanout = await fanout(db, users, PORT);
    process.stdout.write(
      `fan-out rounds (first / last arrival, ms): ${results.fanout.rounds.map((r) => `${r.first}/${r.last}`).join(', ')}\n`,
    );
  }
  if (INSTANCES >= 2 && !ONLY) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    const env = { REDIS_URL, REDIS_KEY_PREFIX: `forum-bench-${Date.now()}` };
    const pair = [await startApi(PORT + 1, dbUrl, env), await startApi(PORT + 2, dbUrl, env)];
    const lb = await startNginx([PORT + 1, PORT + 2], PORT + 3);
    try {
      const two = Object.fromEntries(
        Object.entries(scenarios).filter(([n]) => !n.startsWith('topic thread list, deep')),
      );
      results.twoInstances = await runScenarios(
        `http://127.0.0.1:${PORT + 3}`,
        two,
        pair.map((c) => c.pid),
      );
      results.twoInstancesRssMiB = pair.map((c) => rssMiB(c.pid));
    } finally {
      lb.stop();
      for (const c of pair) c.kill('SIGTERM');
    }
  }
} finally {
  api.kill('SIGTERM');
  await db.query(`DELETE FROM read_marks WHERE user_id = ANY($1)`, [users.slice(50, 60).map((u) => u.id)]);
  await endSessions(db, users);
  await db.end();
}

const outDir = resultsDir;
const row = ([n, r]) =>
  `| ${n} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.ratio} | ${r.apiCpuMsPerRequest} | ${r.cpu.api} / ${r.cpu.postgres} / ${r.cpu.redis} / ${r.cpu.nginx} |`;
const header = [
  '| scenario | req/s | p50 ms | p99 ms | errors | req/s ÷ bare Node.js | API CPU ms / request | cores busy: API / PostgreSQL / Redis / nginx |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];
const lines = [
  `Data: ${counts.threads} threads, ${counts.posts} posts · ${results.machine} · autocannon ${CONNECTIONS} connections × ${DURATION} s after ${WARMUP} s of warm-up`,
  '',
  `One API instance (resident memory after the run: ${results.rssMiB?.join(', ')} MiB):`,
  '',
  ...header,
  `| bare Node.js HTTP server (baseline) | ${results.baseline.rps} | ${results.baseline.p50} | ${results.baseline.p99} | ${results.baseline.errors} | 1.000 | — | — |`,
  ...Object.entries(results.scenarios).map(row),
  ...(results.fanout
    ? [
        `| notification fan-out to ${results.fanout.sockets} sockets (response → arrival) | — | ${results.fanout.p50} | ${results.fanout.p99} | ${results.fanout.sockets * ROUNDS - results.fanout.deliveries} lost | — | — | — |`,
      ]
    : []),
  ...(results.twoInstances
    ? [
        '',
        `Two API instances behind nginx (docker/nginx.conf.template), sharing Redis (resident memory after the run: ${results.twoInstancesRssMiB.join(', ')} MiB):`,
        '',
        ...header,
        ...Object.entries(results.twoInstances).map(row),
      ]
    : []),
];
process.stdout.write(`\n${lines.join('\n')}\n`);
// A partial run (--only) prints its table but keeps the last full results.
if (!ONLY) {
  fs.mkdirSync(outDir, { recursive: true });
  await writeResult(path.join(outDir, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeResult(path.join(outDir, 'bench.md'), `${lines.join('\n')}\n`);
}
await dropBenchDatabase();
process.exit(0);
