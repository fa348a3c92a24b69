#!/usr/bin/env node
// `npm run demo`: the forum as with `npm start`, plus the scripted AL-Runde scenario played in the
// background, round after round, so a second browser window shows activity arriving live.
// DEMO_STEP_SECONDS (default 8) sets the pace; DEMO_ROUNDS (default endless) how often it plays.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { playScenario } from './demo/scenario.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT || '3000';
const baseUrl = `http://127.0.0.1:${port}`;
const stepMs = Math.max(1, Number(process.env.DEMO_STEP_SECONDS || 8)) * 1000;
const rounds = Number(process.env.DEMO_ROUNDS || Infinity);
const password = process.env.DEMO_PASSWORD || 'Kommunalpakt-Demo-2026';

const server = spawn(process.execPath, [path.join(root, 'tools/start.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop.abort();
    server.kill(signal);
  });
}
server.on('exit', (code) => process.exit(code ?? 0));

async function waitForHealth() {
  for (let i = 0; i < 600 && !stop.signal.aborted; i++) {
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the forum did not become healthy');
}

await waitForHealth();
console.log(
  `[Demo] Szenario startet in ${stepMs / 1000} s (ein Schritt alle ${stepMs / 1000} s). Präsentationsansicht: ${baseUrl.replace('127.0.0.1', 'localhost')}/praesentation`,
);
for (let round = 0; round < rounds && !stop.signal.aborted; round++) {
  try {
    await new Promise((r) => setTimeout(r, stepMs));
    await playScenario({ baseUrl, password, stepMs, round, signal: stop.signal });
  } catch (err) {
    if (stop.signal.aborted) break;
    console.error(
      `[Demo] Runde ${round + 1} abgebrochen: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
