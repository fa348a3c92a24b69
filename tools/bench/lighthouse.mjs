#!/usr/bin/env node
// `npm run bench:lighthouse`: Lighthouse with its MOBILE defaults (Moto G Power screen, simulated slow 4G and
// 4x CPU slowdown) in Debian's Chromium (no download) for the landing (guest), board, thread and report pages
// of a running forum. Each page runs `--runs` times (default 3); the median run (Lighthouse's own choice by
// FCP and TTI) is recorded, with the compressed JavaScript + CSS of that first load and, for a page under 90,
// the points each metric costs and Lighthouse's largest opportunities.
// Usage: start the forum (npm start), then: npm run bench:lighthouse [-- --url http://localhost:3000 --runs 3]
// --out <name> writes tools/bench/results/<name>.{json,md} instead of lighthouse.{json,md} (e.g. a "before").
// --realtime runs Chromium at real-time priority (`chrt -r 20`, root): Lighthouse multiplies the observed
// length of every main-thread task by 4, so on a machine busy with other work TBT measures the machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { writeResult } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const base = option('url', process.env.FORUM_URL || 'http://localhost:3000').replace(/\/$/, '');
const runs = Number(option('runs', 3));
const outName = option('out', 'lighthouse');
const only = option('only', '');
const realtime = process.argv.includes('--realtime');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
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
const session = login.token;
const signIn = async (email) =>
  (await gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email, password } })).login
    .token;
const { tags } = await gql(`{ tags { slug } }`, {}, session);
const pages = [
  { name: 'landing (guest)', url: `${base}/`, cookie: null },
  { name: 'board', url: `${base}/bereiche/${board.slug}`, cookie: session, expect: true },
  {
    name: 'thread',
    url: `${base}/fragen/${withThreads.threads.edges[0].node.id}`,
    cookie: session,
    expect: true,
  },
  { name: 'report', url: `${base}/umsetzungsstand`, cookie: session, expect: true },
  { name: 'tag page', url: `${base}/schlagwort/${tags[0].slug}`, cookie: session, expect: true },
  { name: 'Steckbrief', url: `${base}/themen/${topic.id}/steckbrief`, cookie: session, expect: true },
  {
    name: 'tag management (moderator)',
    url: `${base}/moderation/schlagwoerter`,
    cookie: await signIn('moderator@demo.example'),
    expect: true,
  },
  {
    name: 'search terms (admin)',
    url: `${base}/verwaltung/suchbegriffe`,
    cookie: await signIn('admin@demo.example'),
    expect: true,
  },
].filter((p) => !only || p.name.startsWith(only));

/** Compressed bytes (as transferred) of every script and stylesheet the page loaded. */
function jsCssBytes(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items
    .filter((r) => r.resourceType === 'Script' || r.resourceType === 'Stylesheet')
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
}

/** What keeps a page's score down: points lost per metric, and the largest savings Lighthouse names. */
function limits(lhr) {
  const lost = lhr.categories.performance.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => {
      const audit = lhr.audits[ref.id];
      return {
        metric: audit.title,
        value: audit.displayValue,
        pointsLost: ref.weight * (1 - (audit.score ?? 0)),
      };
    })
    .filter((m) => m.pointsLost >= 0.5)
    .sort((a, b) => b.pointsLost - a.pointsLost)
    .map((m) => ({ ...m, pointsLost: Math.round(m.pointsLost) }));
  const savings = Object.values(lhr.audits)
    .filter(
      (a) => (a.metricSavings?.LCP ?? 0) + (a.metricSavings?.FCP ?? 0) + (a.metricSavings?.TBT ?? 0) > 0,
    )
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => ({
      audit: a.id,
      title: a.title,
      displayValue: a.displayValue,
      savingsMs: { ...a.metricSavings },
    }))
    .sort(
      (a, b) =>
        (b.savingsMs.LCP ?? 0) + (b.savingsMs.TBT ?? 0) - ((a.savingsMs.LCP ?? 0) + (a.savingsMs.TBT ?? 0)),
    )
    .slice(0, 6);
  const lcp = lhr.audits['lcp-breakdown-insight']?.details?.items?.[0]?.items;
  return { lost, savings, lcpBreakdown: lcp };
}

function realtimeChromium() {
  const wrapper = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lh-chromium-')), 'chromium');
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec chrt -r 20 ${chromium} "$@"\n`, { mode: 0o755 });
  return wrapper;
}

/**
 * One Lighthouse run; a broken trace (NO_NAVSTART and the like, "run Lighthouse again") is run again. The
 * session goes into the browser's cookie jar (an extra Cookie header would be replaced by the jar's cookies,
 * e.g. the load balancer's routing cookie, and the page measured would be the start page after a redirect).
 */
async function run(page, browser, tab) {
  for (let attempt = 1; ; attempt += 1) {
    // From a blank page: a repeated URL could come back from the back/forward cache without a navigation.
    await tab.goto('about:blank');
    const cookies = await browser.cookies();
    if (cookies.length) await browser.deleteCookie(...cookies);
    if (page.cookie) await browser.setCookie({ name: 'forum_session', value: page.cookie, url: base });
    // No config: Lighthouse's defaults are the mobile form factor with simulated throttling.
    const { lhr } = await lighthouse(
      page.url,
      { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      undefined,
      tab,
    );
    if (page.expect && lhr.finalDisplayedUrl !== page.url)
      throw new Error(`${page.name}: ended on ${lhr.finalDisplayedUrl} instead of ${page.url}`);
    if (!lhr.runtimeError) return lhr;
    if (attempt === 6) throw new Error(`${page.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    process.stdout.write(`${page.name}: ${lhr.runtimeError.code}, running again\n`);
  }
}

const wrapper = realtime ? realtimeChromium() : null;
const chrome = await chromeLauncher.launch({
  chromePath: wrapper ?? chromium,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-back-forward-cache',
  ],
});
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
// One tab for every run (a fresh tab per run made Lighthouse lose the navigation start now and then).
const tab = (await browser.pages())[0] ?? (await browser.newPage());
const results = [];
try {
  for (const page of pages) {
    const lhrs = [];
    for (let i = 0; i < runs; i += 1) {
      const lhr = await run(page, browser, tab);
      lhrs.push(lhr);
      process.stdout.write(
        `${page.name} run ${i + 1}: performance ${Math.round(lhr.categories.performance.score * 100)}\n`,
      );
    }
    const lhr = computeMedianRun(lhrs);
    const performance = Math.round(lhr.categories.performance.score * 100);
    results.push({
      page: page.name,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      runs: lhrs.map((l) => Math.round(l.categories.performance.score * 100)),
      performance,
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      jsCssKiB: Math.round(jsCssBytes(lhr) / 1024),
      transferKiB: Math.round(lhr.audits['total-byte-weight'].numericValue / 1024),
      ...(performance < 90 ? { limits: limits(lhr) } : {}),
    });
  }
} finally {
  await browser.disconnect();
  await chrome.kill();
  if (wrapper) fs.rmSync(path.dirname(wrapper), { recursive: true, force: true });
}
const outDir = path.join(root, 'tools/bench/results');
fs.mkdirSync(outDir, { recursive: true });
await writeResult(
  path.join(outDir, `${outName}.json`),
  JSON.stringify({ date: new Date().toISOString(), base, runs, realtime, results }, null, 2),
);
const md = [
  `Lighthouse ${lhrVersion()}, mobile defaults (simulated slow 4G, 4x CPU), median of ${runs} runs` +
    `${realtime ? ', Chromium at real-time priority' : ''}.`,
  '',
  '| page | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS | JS+CSS KiB | transfer KiB |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.jsCssKiB} | ${r.transferKiB} |`,
  ),
  ...results
    .filter((r) => r.limits)
    .map(
      (r) =>
        `\n${r.page} (${r.performance}) loses ${r.limits.lost
          .map((m) => `${m.pointsLost} points on ${m.metric} (${m.value})`)
          .join(', ')}; largest savings: ${r.limits.savings
          .map(
            (s) =>
              `${s.title} (${Object.entries(s.savingsMs)
                .map(([k, v]) => `${k} ${Math.round(v)} ms`)
                .join(', ')})`,
          )
          .join('; ')}.`,
    ),
].join('\n');
await writeResult(path.join(outDir, `${outName}.md`), `${md}\n`);
process.stdout.write(`${md}\n`);

function lhrVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
}
