#!/usr/bin/env node
// `npm test`: every test suite, with one summary line from the runners' own reports.
//   1. API + shared: Jest (unit specs and integration specs against real PostgreSQL)
//   2. web: Vitest (component tests)
//   3. e2e: Playwright in Debian's Chromium against the production build
//   4. system: node:test suites on the production build (tools/system): the start as root from a 0700
//      directory, one-line start failures, and the production topology (nginx, two API instances,
//      PostgreSQL, Redis, Chromium) — counted by tools/system/count-reporter.mjs
// Suites needing Redis or Chromium run when those are present and otherwise say loudly why they were
// skipped; REQUIRE_REDIS=1 / REQUIRE_BROWSER=1 (set by .ci/run) turn a missing one into a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.test-results');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const only = process.argv.slice(2); // e.g. `npm test -- api web`
const wanted = (name) => only.length === 0 || only.includes(name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
let exitCode = 0;

function run(label, cmd, args, extraEnv = {}) {
  process.stdout.write(`\n=== ${label}: ${cmd} ${args.join(' ')}\n`);
  const res = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  return res.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function count(label, status, report) {
  if (!report) {
    totals.failed += 1;
    notes.push(`${label}: no report was written (exit ${status}) — counted as one failure`);
    exitCode = 1;
    return;
  }
  totals.passed += report.passed;
  totals.failed += report.failed;
  totals.skipped += report.skipped;
  notes.push(`${label}: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
  if (status !== 0 || report.failed > 0) exitCode = 1;
}

if (wanted('api')) {
  const file = path.join(out, 'jest.json');
  const status = run(
    'API (Jest)',
    'npx',
    ['jest', '-c', 'apps/api/jest.config.js', '--maxWorkers=2', '--json', `--outputFile=${file}`],
    {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`.trim(),
    },
  );
  const r = readJson(file);
  // A suite that fails to load has no test results: count it as a failure, never as nothing.
  count(
    'api',
    status,
    r && {
      passed: r.numPassedTests,
      failed: r.numFailedTests + r.numRuntimeErrorTestSuites,
      skipped: r.numPendingTests + r.numTodoTests,
    },
  );
}

if (wanted('web')) {
  const file = path.join(out, 'vitest.json');
  const status = run('web (Vitest)', 'npx', [
    'vitest',
    'run',
    '-c',
    'apps/web/vite.config.mts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const r = readJson(file);
  count(
    'web',
    status,
    r && {
      passed: r.numPassedTests,
      failed: r.numFailedTests || r.numFailedTestSuites || 0,
      skipped: r.numPendingTests + (r.numTodoTests ?? 0),
    },
  );
}

// The production build, once, for the e2e and system suites.
let buildStatus;
function build() {
  buildStatus ??= run('build for e2e and system tests', 'npx', [
    'nx',
    'run-many',
    '-t',
    'build',
    '--projects=api,web',
    '--output-style=stream',
  ]);
  return buildStatus;
}

if (wanted('e2e')) {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    const msg = `e2e: SKIPPED — no Chromium at ${chromium} (install Debian's package: apt-get install -y chromium)`;
    process.stdout.write(`\n${'!'.repeat(100)}\n!!! ${msg}\n${'!'.repeat(100)}\n`);
    if (process.env.REQUIRE_BROWSER === '1') {
      totals.failed += 1;
      notes.push(`${msg} — REQUIRE_BROWSER=1, counted as a failure`);
      exitCode = 1;
    } else {
      notes.push(msg);
    }
  } else if (build() !== 0) {
    count('e2e', buildStatus, undefined);
  } else {
    const file = path.join(out, 'playwright.json');
    const status = run('e2e (Playwright)', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
      CHROMIUM_PATH: chromium,
    });
    const r = readJson(file);
    count(
      'e2e',
      status,
      r && {
        passed: r.stats.expected + (r.stats.flaky ?? 0),
        failed: r.stats.unexpected,
        skipped: r.stats.skipped,
      },
    );
  }
}

if (wanted('system')) {
  if (build() !== 0) {
    count('system', buildStatus, undefined);
  } else {
    const file = path.join(out, 'system.json');
    const status = run('system (node:test)', process.execPath, [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./tools/system/count-reporter.mjs',
      `--test-reporter-destination=${file}`,
      'tools/system/root-start.test.mjs',
      'tools/system/topology.test.mjs',
    ]);
    count('system', status, readJson(file));
  }
}

process.stdout.write('\n=== Summary\n');
for (const note of notes) process.stdout.write(`  ${note}\n`);
const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
fs.writeFileSync(path.join(out, 'summary.txt'), `${line}\n`);
process.stdout.write(`${line}\n`);
process.exit(exitCode);
