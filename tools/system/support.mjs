// Helpers of the system tests (tools/system/*.test.mjs): processes, ports, HTTP and PostgreSQL.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const apiMain = path.join(root, 'dist/apps/api/apps/api/src/main.js');
export const webDist = path.join(root, 'dist/apps/web');

/** Fails loudly with how to fix it when the production build is missing. */
export function requireBuild() {
  if (!fs.existsSync(apiMain) || !fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npx nx run-many -t build --projects=api,web` first');
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` is truthy; returns the milliseconds it took. */
export async function waitFor(check, timeoutMs, what) {
  const started = Date.now();
  for (;;) {
    try {
      if (await check()) return Date.now() - started;
    } catch {
      // not yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** A child process whose output is kept (and shown when a test fails). */
export function start(label, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const proc = { label, child, stdout: '', stderr: '', exited: null };
  child.stdout.on('data', (d) => (proc.stdout += d.toString()));
  child.stderr.on('data', (d) => (proc.stderr += d.toString()));
  child.on('error', (err) => (proc.stderr += `\nspawn error: ${err.message}`));
  proc.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return proc;
}

/** Stops a child with `signal`, then SIGKILL after `graceMs`; resolves with how it exited. */
export async function stop(proc, signal = 'SIGTERM', graceMs = 15_000) {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return proc.exited;
  proc.child.kill(signal);
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  const result = await proc.exited;
  clearTimeout(timer);
  return result;
}

/** PostgreSQL for the tests: TEST_DATABASE_URL or the local server on 127.0.0.1:5432 (as CI has it). */
export async function findPostgres() {
  for (const url of [process.env.TEST_DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/postgres'].filter(
    Boolean,
  )) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return url;
    } catch {
      // next
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return undefined;
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server of `adminUrl`; returns its URL and a drop function. */
export async function createDatabase(adminUrl, prefix) {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

export async function gql(base, query, variables, { token, cookie } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${res.status}` } }] };
  }
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}
