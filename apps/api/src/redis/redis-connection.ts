import { createClient, type RedisClientType } from 'redis';
import { redactUrl, StartupError, withDeadline } from '../common/errors/startup-error';

/** How long the start waits for Redis before giving up (the instance then exits with one line). */
export const REDIS_START_DEADLINE_MS = 5_000;

/**
 * A client that, once connected, reconnects by itself after an outage within a second of Redis being back
 * (node-redis resubscribes its channels then). Commands sent meanwhile wait in node-redis's offline queue;
 * callers that must not wait (rate limits, /health) check `isReady` or use a timeout.
 */
export function createRedisClient(url: string): RedisClientType {
  const client = createClient({
    url,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries: number) => Math.min(100 + retries * 200, 1_000),
    },
  }) as RedisClientType;
  client.on('error', () => undefined); // reconnects by itself; /health reports the outage
  return client;
}

/**
 * Connects `client` at start, or fails with a StartupError naming Redis and the URL (without password):
 * node-redis alone would retry forever, and the instance would never listen nor say why.
 */
export async function connectAtStart(
  client: RedisClientType,
  url: string,
  deadlineMs = REDIS_START_DEADLINE_MS,
): Promise<RedisClientType> {
  if (!client.listenerCount('error')) client.on('error', () => undefined); // duplicates have none
  let lastError: Error | undefined;
  const onError = (err: Error) => (lastError = err);
  client.on('error', onError);
  const connecting = client.connect();
  try {
    await withDeadline(connecting, deadlineMs, () => new Error('timeout'));
    return client;
  } catch (err) {
    connecting.catch(() => undefined);
    try {
      client.destroy();
    } catch {
      // never opened
    }
    const reason = lastError?.message || (err instanceof Error ? err.message : String(err));
    throw new StartupError(
      `Redis at ${redactUrl(url)} is not reachable (${reason}) after ${Math.round(deadlineMs / 1000)} s: ` +
        'start Redis or correct REDIS_URL (without REDIS_URL the forum runs as a single instance).',
    );
  } finally {
    client.off('error', onError);
  }
}

export const connectRedis = (url: string, deadlineMs?: number) =>
  connectAtStart(createRedisClient(url), url, deadlineMs);
