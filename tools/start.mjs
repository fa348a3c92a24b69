#!/usr/bin/env node
// `npm start`: builds API and web (Nx caches, so an unchanged tree builds in seconds) and runs the forum.
// Options: --no-build (use the last build), --reset (restore the clean demo data; demo databases only).
// Without DATABASE_URL the API starts an embedded PostgreSQL under DATA_DIR (default .data/).
import { spawn, spawnSync } from 'node:child_process';
import { API_NODE_FLAGS } from './api-node-flags.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const args = process.argv.slice(2);

if (!args.includes('--no-build')) {
  process.stdout.write('Building API and web app …\n');
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=stream'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    process.stderr.write('Build failed.\n');
    process.exit(build.status ?? 1);
  }
}

// `--reset` (also `npm run demo -- --reset`): the API empties a demo database and seeds it afresh; it
// refuses any database that is not a demo database.
const child = spawn(
  process.execPath,
  [...API_NODE_FLAGS, path.join(root, 'dist/apps/api/apps/api/src/main.js')],
  {
    cwd: root,
    env: args.includes('--reset') ? { ...process.env, DEMO_RESET: 'true' } : process.env,
    stdio: 'inherit',
  },
);
// Ctrl-C reaches the whole process group; the API shuts down itself and the embedded database.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
