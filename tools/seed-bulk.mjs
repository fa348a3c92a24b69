#!/usr/bin/env node
// `npm run seed:bulk -- --threads 100000 [--users 5000] [--posts-per-thread 10]`
// Builds the API (Nx cache makes this quick) and loads the bulk data set; see apps/api/src/seed/bulk.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=stream'], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const cli = path.join(root, 'dist/apps/api/apps/api/src/seed/bulk/seed-bulk-cli.js');
const run = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  env: process.env,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
