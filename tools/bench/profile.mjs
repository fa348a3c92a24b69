#!/usr/bin/env node
// `npm run bench:profile -- <scenario> [--duration S] [--cpu-prof]`: one hot path under load (autocannon,
// 50 connections), with the CPU time each process used (API, PostgreSQL, load generator; read from
// /proc on Linux) and, with --cpu-prof, the API's CPU profile summarised by package and by function.
// Scenarios: thread (thread page), post (create post), me (smallest authenticated query), boards (board
// overview), topic (first page of the busiest topic's thread list).
// Database as for `npm run bench`; BENCH_API_MAIN compares another build on the same data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  QUERIES,
  TARGETS,
  arg,
  benchDatabaseUrl,
  dropBenchDatabase,
  benchSessions,
  endSessions,
  startApi,
} from './lib.mjs';

const scenario = process.argv[2];
if (!QUERIES[scenario]) throw new Error(`Scenario: one of ${Object.keys(QUERIES).join(', ')}`);
const DURATION = arg('duration', 10);
const PORT = arg('port', 3900);
const cpuProf = process.argv.includes('--cpu-prof');
const profDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-profile-'));
const dbUrl = await benchDatabaseUrl();

const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const users = await benchSessions(db, 50);
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const ids = (
  await db.query(
    scenario === 'post'
      ? TARGETS.openThreads
      : scenario === 'topic'
        ? `SELECT topic_id AS id FROM threads GROUP BY topic_id ORDER BY count(*) DESC LIMIT 1`
        : TARGETS.longThreads,
  )
).rows.map((r) => r.id);
const variables = () =>
  scenario === 'post'
    ? { i: { threadId: pick(ids), body: `Antwort im Profil ${Math.random()}` } }
    : scenario === 'thread' || scenario === 'topic'
      ? { id: pick(ids) }
      : {};
const request = () => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${pick(users).token}` },
  body: JSON.stringify({ query: QUERIES[scenario], variables: variables() }),
});

/** CPU seconds used so far per process group: api (this child), postgres, load generator (this process). */
function cpuTimes(apiPid) {
  const tick = 100; // USER_HZ on Linux
  const out = {
    api: 0,
    postgres: 0,
    'load generator': process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
  };
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / tick;
      if (Number(pid) === apiPid) out.api += seconds;
      else if (stat.includes('(postgres)')) out.postgres += seconds;
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

// BENCH_NODE_ARGS (read by startApi) adds flags for the API's Node.js.
const api = await startApi(PORT, dbUrl, {}, [
  ...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []),
]);
try {
  const probe = request();
  const answer = await (
    await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: probe.headers,
      body: probe.body,
    })
  ).json();
  if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 500));
  const linux = fs.existsSync('/proc/self/stat');
  const before = linux ? cpuTimes(api.pid) : null;
  const result = await new Promise((resolve, reject) =>
    autocannon(
      {
        url: `http://127.0.0.1:${PORT}`,
        connections: 50,
        duration: DURATION,
        requests: [{ setupRequest: request }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    ),
  );
  const after = linux ? cpuTimes(api.pid) : null;
  const rps = result.requests.average;
  // Resident memory after the run (VmRSS) and its peak (VmHWM): what the young generation and caches cost.
  const memory = linux
    ? Object.fromEntries(
        [...fs.readFileSync(`/proc/${api.pid}/status`, 'utf8').matchAll(/^(VmRSS|VmHWM):\s+(\d+) kB/gm)].map(
          (m) => [m[1], Math.round(Number(m[2]) / 1024)],
        ),
      )
    : {};
  console.log(
    `${scenario}: ${Math.round(rps)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}${linux ? `, API memory ${memory.VmRSS} MiB (peak ${memory.VmHWM} MiB)` : ''}`,
  );
  if (before && after) {
    for (const k of Object.keys(after)) {
      const used = after[k] - before[k];
      console.log(
        `  ${k.padEnd(15)} ${((100 * used) / DURATION).toFixed(0).padStart(4)} % of one core, ${((1000 * used) / (rps * DURATION)).toFixed(2)} ms CPU per request`,
      );
    }
  }
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await endSessions(db, users);
  await db.end();
}

if (cpuProf) {
  const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(fs.readFileSync(path.join(profDir, file), 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map();
  const byFunction = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const pkg = url.includes('node_modules/')
      ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : url.includes('/dist/')
        ? 'the app'
        : url || functionName;
    const fn = `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '').replace(/.*\/dist\//, '')}:${lineNumber}`;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    total += dt;
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
      .join('\n');
  console.log(`\nAPI CPU by package:\n${top(byPackage, 15)}\n\nAPI CPU by function:\n${top(byFunction, 25)}`);
  console.log(`\nProfile: ${path.join(profDir, file)} (open in Chrome DevTools)`);
}
await dropBenchDatabase();
process.exit(0);
