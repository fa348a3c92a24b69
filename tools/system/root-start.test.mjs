// The first start on any machine: `npm start`'s server (the production build of the API with the embedded
// PostgreSQL) started as root from a checkout inside a 0700 directory, which the system user `postgres`
// cannot enter; and start failures that must end in one line, never an unhandled error.
// Run: node --test tools/system/root-start.test.mjs (after the build; `npm test` does both).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  apiMain,
  findPostgres,
  freePort,
  gql,
  requireBuild,
  root,
  start,
  stop,
  waitFor,
  webDist,
} from './support.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const say = (line) => process.stdout.write(`[system] ${line}\n`);

/** Runs the server until it prints its URL (or exits); returns the process and how long it took. */
async function startForum(cwd, env) {
  const started = Date.now();
  const proc = start('forum', process.execPath, [path.join(cwd, 'dist/apps/api/apps/api/src/main.js')], {
    cwd,
    env: { ...process.env, ...env },
  });
  await waitFor(
    () => {
      if (proc.child.exitCode !== null) throw new Error('exited');
      return proc.stdout.includes('Forum Kommunalpakt läuft');
    },
    120_000,
    'the forum to start',
  ).catch((err) => {
    throw new Error(`${err.message}\n--- stdout\n${proc.stdout}\n--- stderr\n${proc.stderr}`);
  });
  return { proc, ms: Date.now() - started };
}

function assertNoUnhandledError(proc) {
  for (const text of [proc.stdout, proc.stderr]) {
    assert.doesNotMatch(text, /Unhandled|UnhandledPromiseRejection|node:internal|\bat .*\.js:\d+/, text);
  }
}

describe(
  'npm start as root from a directory the postgres user cannot enter',
  { skip: !isRoot && 'needs root (CI runs as root)' },
  () => {
    let closed;
    let app;
    let runtime;
    const env = {};

    before(async () => {
      requireBuild();
      // The checkout under test: a 0700 directory with hard links of node_modules and a copy of the build,
      // so the binaries of the embedded PostgreSQL are out of the postgres user's reach, as under /root.
      closed = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-root-start-'));
      fs.chmodSync(closed, 0o700);
      app = path.join(closed, 'checkout');
      fs.mkdirSync(path.join(app, 'dist/apps'), { recursive: true });
      execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(app, 'node_modules')]);
      fs.cpSync(path.join(root, 'dist/apps/api'), path.join(app, 'dist/apps/api'), { recursive: true });
      fs.cpSync(webDist, path.join(app, 'dist/apps/web'), { recursive: true });
      fs.copyFileSync(path.join(root, 'package.json'), path.join(app, 'package.json'));
      // Where the start may put what the postgres user must reach (default /var/lib/forum-kommunalpakt).
      runtime = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-root-runtime-'));
      Object.assign(env, {
        NODE_ENV: 'development',
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
        EMBEDDED_PG_PORT: String(await freePort()),
        EMBEDDED_PG_RUNTIME_DIR: runtime,
        LOG_LEVEL: 'warn',
        MAIL_POLL_INTERVAL_MS: '0',
        DATABASE_URL: '',
        REDIS_URL: '',
      });
    });

    after(() => {
      if (closed) fs.rmSync(closed, { recursive: true, force: true });
      if (runtime) fs.rmSync(runtime, { recursive: true, force: true });
    });

    it('starts, serves, stops cleanly, and starts again on the same data', async () => {
      const first = await startForum(app, env);
      say(`first start as root from a 0700 directory (initdb, migrations, demo data): ${first.ms} ms`);
      assert.match(first.proc.stdout, /demo data seeded/);
      assert.ok(
        fs.lstatSync(path.join(app, '.data/postgres')).isSymbolicLink(),
        'DATA_DIR/postgres links to the data',
      );
      const base = `http://127.0.0.1:${env.PORT}`;
      assert.equal((await fetch(`${base}/health`)).status, 200);
      const login = await gql(base, `mutation($i: LoginInput!) { login(input: $i) { user { role } } }`, {
        i: { email: 'admin@demo.example', password: 'Kommunalpakt-Demo-2026' },
      });
      assert.equal(login.data?.login.user.role, 'ADMIN', JSON.stringify(login.errors));
      assert.equal((await stop(first.proc)).code, 0);
      assertNoUnhandledError(first.proc);

      const second = await startForum(app, env);
      say(`second start on the same data: ${second.ms} ms`);
      assert.doesNotMatch(second.proc.stdout, /demo data seeded|Initialising/);
      assert.equal((await fetch(`${base}/health`)).status, 200);
      assert.equal((await stop(second.proc)).code, 0);
      assertNoUnhandledError(second.proc);
    });
  },
);

describe('start failures end within seconds in one line', () => {
  let databaseUrl;
  before(async () => {
    requireBuild();
    databaseUrl = await findPostgres();
  });

  /** Starts the built server and expects it to exit 1 with exactly one line on stderr. */
  async function expectOneLineFailure(env, pattern, maxMs) {
    const started = Date.now();
    const proc = start('forum', process.execPath, [apiMain], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', MAIL_SECRET: 'x'.repeat(32), LOG_LEVEL: 'warn', ...env },
    });
    const exit = await Promise.race([
      proc.exited,
      new Promise((r) => setTimeout(() => r('timeout'), maxMs + 5000)),
    ]);
    if (exit === 'timeout') await stop(proc, 'SIGKILL');
    const ms = Date.now() - started;
    const lines = proc.stderr.trim().split('\n');
    assert.deepEqual({ exit: exit?.code, lines: lines.length }, { exit: 1, lines: 1 }, proc.stderr);
    assert.match(lines[0], pattern);
    assert.ok(ms < maxMs, `took ${ms} ms`);
    assertNoUnhandledError(proc);
    return { ms, line: lines[0] };
  }

  it('REDIS_URL set but unreachable: exits within 15 s naming Redis and the URL without password', async (t) => {
    if (!databaseUrl) return t.skip('no PostgreSQL on 127.0.0.1:5432 or TEST_DATABASE_URL');
    const port = await freePort();
    const { ms, line } = await expectOneLineFailure(
      {
        DATABASE_URL: databaseUrl,
        REDIS_URL: `redis://:geheim@127.0.0.1:${port}`,
        PORT: String(await freePort()),
      },
      new RegExp(`^Start failed: Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port}`),
      15_000,
    );
    assert.doesNotMatch(line, /geheim/);
    say(`unreachable Redis: exit after ${ms} ms: ${line}`);
  });

  it('DATABASE_URL unreachable: one line naming PostgreSQL', async () => {
    const port = await freePort();
    const { ms } = await expectOneLineFailure(
      { DATABASE_URL: `postgres://forum:geheim@127.0.0.1:${port}/forum`, PORT: String(await freePort()) },
      /^Start failed: PostgreSQL at postgres:\/\/forum:\*\*\*@127\.0\.0\.1:\d+\/forum is not reachable/,
      20_000,
    );
    say(`unreachable PostgreSQL: exit after ${ms} ms`);
  });

  it('production without DATABASE_URL, and a bad setting: one line each', async () => {
    await expectOneLineFailure({ DATABASE_URL: '' }, /^Start failed: DATABASE_URL is required/, 10_000);
    await expectOneLineFailure({ PORT: 'zwölf' }, /^Start failed: Configuration error: PORT/, 10_000);
  });

  it('PASSWORD_LOGIN=false with demo data (not production), and a bad OIDC_PROVIDERS: one line each', async () => {
    await expectOneLineFailure(
      { NODE_ENV: 'development', PASSWORD_LOGIN: 'false', PORT: String(await freePort()) },
      /^Start failed: PASSWORD_LOGIN=false cannot be combined with the demo data/,
      10_000,
    );
    await expectOneLineFailure(
      { OIDC_PROVIDERS: '[{"id":"land"}]' },
      /^Start failed: Configuration error: OIDC_PROVIDERS\[0\] issuer is required/,
      10_000,
    );
  });
});
