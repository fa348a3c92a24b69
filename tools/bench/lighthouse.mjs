#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse performance and accessibility scores (Debian's Chromium, no
// download) for the landing, board and thread pages of a running forum.
// Usage: start the forum (npm start), then: npm run bench:lighthouse [-- --url http://localhost:3000]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeResult } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const i = process.argv.indexOf('--url');
const base = (i > 0 ? process.argv[i + 1] : process.env.FORUM_URL || 'http://localhost:3000').replace(
  /\/$/,
  '',
);
const password = process.env.DEMO_PASSWORD || 'Kommunalpakt-Demo-2026';

async function gql(query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const { login } = await gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, {
  i: { email: 'kommune@demo.example', password },
});
const { boards } = await gql(`{ boards { slug topics { id threadCount } } }`, {}, login.token);
const board = boards.find((b) => b.topics.some((t) => t.threadCount > 0));
const topic = board.topics.find((t) => t.threadCount > 0);
const { topic: withThreads } = await gql(
  `query($id: ID!) { topic(id: $id) { threads(first: 1) { edges { node { id } } } } }`,
  { id: topic.id },
  login.token,
);
const pages = [
  { name: 'landing (guest)', url: `${base}/`, cookie: null },
  { name: 'board', url: `${base}/bereiche/${board.slug}`, cookie: `forum_session=${login.token}` },
  {
    name: 'thread',
    url: `${base}/fragen/${withThreads.threads.edges[0].node.id}`,
    cookie: `forum_session=${login.token}`,
  },
];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const results = [];
try {
  for (const page of pages) {
    const runner = await lighthouse(page.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'simulate',
    });
    const lhr = runner.lhr;
    results.push({
      page: page.name,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      transferKiB: Math.round(lhr.audits['total-byte-weight'].numericValue / 1024),
    });
  }
} finally {
  await chrome.kill();
}
const outDir = path.join(root, 'tools/bench/results');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(
  path.join(outDir, 'lighthouse.json'),
  `${JSON.stringify({ date: new Date().toISOString(), base, results }, null, 2)}\n`,
);
const md = [
  '| page | performance | accessibility | FCP ms | LCP ms | TBT ms | transfer KiB |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.transferKiB} |`,
  ),
].join('\n');
await writeResult(path.join(outDir, 'lighthouse.md'), `${md}\n`);
process.stdout.write(`${md}\n`);
