import 'reflect-metadata';
import { StartupError } from './common/errors/startup-error';
import { loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database';
import { DEMO_ACCOUNTS } from './seed/demo-accounts';

const say = (line: string) => process.stdout.write(`${line}\n`);

// Whoever read our output may be gone (a killed parent process): a closed pipe must not crash a graceful
// shutdown. Other stream errors still surface.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    throw new StartupError(err instanceof Error ? err.message : String(err));
  }
  // The demo accounts sign in with passwords: an SSO-only forum never carries the demo data.
  if (!config.passwordLogin && config.nodeEnv !== 'production') {
    throw new StartupError(
      'PASSWORD_LOGIN=false cannot be combined with the demo data (its accounts sign in with passwords): set NODE_ENV=production, or remove PASSWORD_LOGIN.',
    );
  }
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    if (config.nodeEnv === 'production') {
      throw new StartupError('DATABASE_URL is required when NODE_ENV=production.');
    }
    embedded = await startEmbeddedDatabase(config.dataDir, say, config.embeddedRuntimeDir);
    databaseUrl = embedded.url;
    say(`Embedded PostgreSQL running, data in ${config.dataDir}`);
  }

  let created;
  try {
    created = await createApp(config, databaseUrl, { seed: true });
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  const { app, migrations, seed, webDist } = created;

  // Stop the embedded database only after Nest has closed its pool, so no connection is cut mid-query.
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`\n${signal} received, shutting down …`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close();
      await embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen(config.port, config.host);
  } catch (err) {
    await app.close().catch(() => undefined);
    await embedded?.stop();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(`Port ${config.port} is already in use: stop the other program or set PORT.`);
    }
    throw err;
  }
  const url = `http://localhost:${config.port}`;
  say('');
  say(`Forum Kommunalpakt läuft: ${url}`);
  if (!webDist) say('  (web app not built: run `npm run build` — the API alone is served)');
  if (migrations.length) say(`  migrations applied: ${migrations.join(', ')}`);
  if (config.demoReset) say('  demo data reset: every table emptied, demo data seeded afresh');
  if (seed.seeded) {
    say(
      `  demo data seeded: ${seed.boards} boards, ${seed.topics} topics, ${seed.threads} threads, ${seed.posts} posts`,
    );
  }
  if (config.nodeEnv !== 'production') {
    say(`  Demo-Zugänge (Passwort: ${config.demoPassword}):`);
    for (const acc of DEMO_ACCOUNTS) say(`    ${acc.email.padEnd(24)} ${acc.role}`);
  }
  say('  Beenden mit Strg+C');
}

main().catch((err: unknown) => {
  // A cause the operator can fix is one line; anything else keeps its stack for the bug report.
  const text =
    err instanceof StartupError
      ? err.message
      : err instanceof Error
        ? (err.stack ?? err.message)
        : String(err);
  process.stderr.write(`Start failed: ${text}\n`);
  process.exit(1);
});
