import { Client } from 'pg';
import { redactUrl, StartupError } from '../common/errors/startup-error';
import { DB_CONNECT_TIMEOUT_MS } from './data-source-options';

/** How long the start waits for PostgreSQL (e.g. a container still starting) before giving up. */
export const DB_START_DEADLINE_MS = 10_000;

/**
 * One connection attempt loop before Nest starts: an unreachable database or a refused login ends the start
 * with one line that names PostgreSQL and the URL (without password) instead of TypeORM's retry stacks.
 */
export async function probeDatabase(url: string, deadlineMs = DB_START_DEADLINE_MS): Promise<void> {
  const started = Date.now();
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: DB_CONNECT_TIMEOUT_MS });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      const reason = err instanceof Error ? err.message : String(err);
      // Wrong password, unknown database or role: waiting does not help.
      const final = /^(28|3D)/.test(code);
      if (final || Date.now() - started > deadlineMs) {
        throw new StartupError(
          `PostgreSQL at ${redactUrl(url)} ${final ? 'refused the connection' : 'is not reachable'} (${reason}): ` +
            'start PostgreSQL or correct DATABASE_URL (without DATABASE_URL an embedded PostgreSQL is started).',
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
