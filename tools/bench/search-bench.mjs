#!/usr/bin/env node
// `npm run bench:search`: latency of full-text search through the production API, one request at a time
// (latency, not throughput), over a mix of one-, two- and three-word German queries, each without and
// with a filter. Prints p50/p95 per class and writes tools/bench/results/search.json and search.md.
// Then the same mixed set under load: --connections (50) for --duration (10) seconds, requests drawn in turn
// from every query × (no filter, a filter): throughput and p50/p90/p97.5/p99 (autocannon's percentiles;
// 0 connections skips it).
// Database: BENCH_DATABASE_URL or DATABASE_URL, seeded with npm run seed:bulk -- --threads 100000.
import fs from 'node:fs';
import autocannon from 'autocannon';
import path from 'node:path';
import pg from 'pg';
import {
  arg,
  benchDatabaseUrl,
  dropBenchDatabase,
  benchSessions,
  endSessions,
  quantile,
  resultsDir,
  startApi,
  writeResult,
} from './lib.mjs';

const ROUNDS = arg('rounds', 5);
const PORT = arg('port', 3905);
const CONNECTIONS = arg('connections', 50);
const DURATION = arg('duration', 10);
const dbUrl = await benchDatabaseUrl();

// Stems, umlaut folding, prefixes while typing, phrases, exclusion and OR, and a word that is nowhere.
const QUERIES = {
  'one word': [
    'Zustellpunkt',
    'Schnittstellen',
    'Fuehrerschein',
    'Gebühren',
    'Wohngeld',
    'Servicekonto',
    'Fachverf',
    'Elterngeld',
    'Quarkspeise',
    'Bauaufsicht',
  ],
  'two words': [
    'Zustellpunkt DVDV',
    'Bezahlfunktion ePayBL',
    'Schulung Sachbearbeitung',
    'Wohngeld Antrag',
    'Führerschein Gebühren',
    'Datenschutz Folgenabschätzung',
    'Medienbrüche Bauaufsicht',
    'Hundesteuer OR Jagdschein',
    '"abgelaufene Sitzung"',
    'Routing -DVDV',
  ],
  'three words': [
    'Anbindung Fachverfahren Testbetrieb',
    'Elterngeld digital Fachverfahren',
    'Servicekonto abgelaufene Sitzung',
    'Kosten Nachnutzung Königsteiner',
    '"Online-Ausweisfunktion benötigt" Vertrauensniveau',
    'XÖV Nachricht Fachverfahren',
    'Schulungsunterlagen gesucht Wohngeld',
    'Gebühren Satzung Onlinedienst',
    'Checkliste federführenden Landes',
    'Fehlerbilder Abnahme dokumentiert',
  ],
};

const SEARCH = `query($q: String!, $filter: SearchFilter, $sort: SearchSort) {
  search(query: $q, first: 20, filter: $filter, sort: $sort) {
    totalCount edges { node { headline rank thread { id title } post { id } } } } }`;

const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const [user] = await benchSessions(db, 1);
const [busiest] = (
  await db.query(
    `SELECT t.id, t.board_id, t.lead_land_id FROM threads th JOIN topics t ON t.id = th.topic_id
      WHERE t.lead_land_id IS NOT NULL GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`,
  )
).rows;
const counts = (
  await db.query(
    `SELECT (SELECT count(*) FROM threads)::int AS threads, (SELECT count(*) FROM posts)::int AS posts`,
  )
).rows[0];
const since = new Date(Date.now() - 90 * 86_400_000).toISOString();
const FILTERS = [
  { name: 'topic', filter: { topicId: busiest.id } },
  { name: 'board', filter: { boardId: busiest.board_id } },
  { name: 'lead Land', filter: { leadLandId: busiest.lead_land_id } },
  { name: 'answered', filter: { state: 'ANSWERED' } },
  { name: 'asked by a Kommune', filter: { authorOrganisationKind: 'KOMMUNE' } },
  { name: 'last 90 days', filter: { from: since } },
  { name: 'newest first', filter: null, sort: 'NEWEST' },
];

const api = await startApi(PORT, dbUrl);
const url = `http://127.0.0.1:${PORT}/graphql`;
async function search(q, filter, sort) {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
    body: JSON.stringify({ query: SEARCH, variables: { q, filter, sort } }),
  });
  const body = await res.json();
  const ms = performance.now() - started;
  if (body.errors) throw new Error(`${q}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return { ms, hits: body.data.search.totalCount };
}

const samples = {}; // class → [{ q, filter, ms, hits }]
let underLoad = null;
const slowest = [];
try {
  // Warm-up: every query once (plan caches, the OS page cache), not measured.
  for (const list of Object.values(QUERIES)) for (const q of list) await search(q, null, null);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [size, list] of Object.entries(QUERIES)) {
      for (const [i, q] of list.entries()) {
        const f = FILTERS[(i + round) % FILTERS.length];
        for (const [variant, filter, sort] of [
          ['without filter', null, null],
          [`with filter`, f.filter, f.sort ?? null],
        ]) {
          const r = await search(q, filter, sort);
          const key = `${size}, ${variant}`;
          (samples[key] ??= []).push(r.ms);
          slowest.push({ q, filter: variant === 'with filter' ? f.name : '—', ms: r.ms, hits: r.hits });
        }
      }
    }
  }
  if (CONNECTIONS > 0) {
    const mix = [];
    for (const list of Object.values(QUERIES))
      for (const [i, q] of list.entries()) {
        const f = FILTERS[i % FILTERS.length];
        mix.push({ q, filter: null, sort: null }, { q, filter: f.filter, sort: f.sort ?? null });
      }
    let next = 0;
    const body = () => {
      const m = mix[next++ % mix.length];
      return JSON.stringify({ query: SEARCH, variables: m });
    };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${user.token}` };
    const run = (duration) =>
      new Promise((resolve, reject) =>
        autocannon(
          {
            url: `http://127.0.0.1:${PORT}`,
            connections: CONNECTIONS,
            duration,
            requests: [{ setupRequest: () => ({ method: 'POST', path: '/graphql', headers, body: body() }) }],
          },
          (err, res) => (err ? reject(err) : resolve(res)),
        ),
      );
    await run(3); // warm-up
    const r = await run(DURATION);
    underLoad = {
      connections: CONNECTIONS,
      rps: Math.round(r.requests.average),
      p50: r.latency.p50,
      p90: r.latency.p90,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      errors: r.errors + r.non2xx,
    };
  }
} finally {
  api.kill('SIGTERM');
  await endSessions(db, [user]);
  await db.end();
}

const row = (name, values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    name,
    n: sorted.length,
    p50: +quantile(sorted, 0.5).toFixed(1),
    p95: +quantile(sorted, 0.95).toFixed(1),
    max: +sorted[sorted.length - 1].toFixed(1),
  };
};
const rows = [
  ...Object.entries(samples).map(([k, v]) => row(k, v)),
  row('all queries', Object.values(samples).flat()),
];
slowest.sort((a, b) => b.ms - a.ms);
const result = {
  date: new Date().toISOString(),
  data: counts,
  rounds: ROUNDS,
  rows,
  slowest: slowest.slice(0, 10).map((s) => ({ ...s, ms: +s.ms.toFixed(1) })),
  underLoad,
};
fs.mkdirSync(resultsDir, { recursive: true });
await writeResult(path.join(resultsDir, 'search.json'), `${JSON.stringify(result, null, 2)}\n`);
const lines = [
  `Data: ${counts.threads} threads, ${counts.posts} posts · one request at a time through the API · ${ROUNDS} rounds`,
  '',
  '| queries | n | p50 ms | p95 ms | max ms |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${r.n} | ${r.p50} | ${r.p95} | ${r.max} |`),
  '',
  'Slowest:',
  '',
  '| query | filter | ms | hits |',
  '| --- | --- | ---: | ---: |',
  ...result.slowest.map((s) => `| ${s.q} | ${s.filter} | ${s.ms} | ${s.hits} |`),
  ...(underLoad
    ? [
        '',
        `Under load: the same queries with and without a filter, in turn, ${underLoad.connections} connections × ${DURATION} s:`,
        '',
        '| req/s | p50 ms | p90 ms | p97.5 ms | p99 ms | errors |',
        '| ---: | ---: | ---: | ---: | ---: | ---: |',
        `| ${underLoad.rps} | ${underLoad.p50} | ${underLoad.p90} | ${underLoad.p97_5} | ${underLoad.p99} | ${underLoad.errors} |`,
      ]
    : []),
];
await writeResult(path.join(resultsDir, 'search.md'), `${lines.join('\n')}\n`);
process.stdout.write(`${lines.join('\n')}\n`);
await dropBenchDatabase();
process.exit(0);
