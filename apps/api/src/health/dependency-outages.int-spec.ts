import type { Socket } from 'socket.io-client';
import { StartupError } from '../common/errors/startup-error';
import { loadConfig } from '../config/app-config';
import { createApp } from '../create-app';
import { createBoard, createTopic, createUser, TEST_PASSWORD, type TestUser } from '../../test/factories';
import { freePort, TcpProxy, TestRedis, timeUntil } from '../../test/outage-tools';
import { connectSocket, emitWithAck, record } from '../../test/sockets';
import { createTestDatabase } from '../../test/test-database';
import { errorCode, ok, startInstancePair, startTestApp, type TestApp } from '../../test/test-app';

// Breaks the forum's dependencies on purpose: its own redis-server (Debian's, on a free port) and a TCP
// proxy in front of PostgreSQL, cut and restored. The measured times are printed as [test] lines.
const ASK = `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`;
const REPLY = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token } }`;

const report = (line: string) => process.stdout.write(`\n[test] ${line}\n`);

async function health(app: TestApp): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}/health`);
  return { status: res.status, body: await res.json() };
}

const redisServer = TestRedis.available();
if (!redisServer) {
  if (process.env.REQUIRE_REDIS === '1')
    throw new Error('REQUIRE_REDIS=1 but /usr/bin/redis-server is missing');
  process.stdout.write(
    '\n[test] !!! no /usr/bin/redis-server (apt-get install -y redis-server): the Redis outage tests are SKIPPED !!!\n',
  );
}
const withRedisServer = redisServer ? describe : describe.skip;

withRedisServer('Redis unreachable or gone (own redis-server)', () => {
  let redis: TestRedis;
  let a: TestApp;
  let b: TestApp;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    redis = new TestRedis(await freePort());
    await redis.start();
    ({ a, b } = await startInstancePair(redis.url, { LOGIN_MAX_FAILURES: '2' }));
  });
  // Closing two instances whose Redis went away and came back can take long on a busy CI machine.
  afterAll(async () => {
    for (const s of sockets) s.close();
    await b?.close();
    await a?.close();
    await redis?.kill();
  }, 90_000);

  it('fails the start within 15 s with one line naming Redis and its URL, without the password', async () => {
    const port = await freePort(); // nothing listens there
    const db = await createTestDatabase();
    const started = Date.now();
    try {
      const config = loadConfig({ NODE_ENV: 'test', REDIS_URL: `redis://:geheim@127.0.0.1:${port}` });
      const err = await createApp(config, db.url, { serveWeb: false }).then(
        () => undefined,
        (e: unknown) => e,
      );
      const elapsed = Date.now() - started;
      report(`Redis unreachable at start: refused after ${elapsed} ms`);
      expect(err).toBeInstanceOf(StartupError);
      const message = (err as Error).message;
      expect(message).toContain(`Redis at redis://:***@127.0.0.1:${port}`);
      expect(message).not.toContain('geheim');
      expect(message).not.toContain('\n');
      expect(elapsed).toBeLessThan(15_000);
    } finally {
      await db.drop();
    }
  }, 30_000);

  it('reports an outage in /health within 2 s, keeps limiting logins in memory, and delivers again when Redis is back', async () => {
    const board = await createBoard(a.ds);
    const topic = await createTopic(a.ds, board);
    const asker = await createUser(a.ds);
    const reader: TestUser = await createUser(a.ds);
    const thread = ok(
      await a.gql(
        ASK,
        { i: { topicId: topic, title: 'Frage bei Redis-Ausfall', body: 'Text' } },
        { token: asker.token },
      ),
    ).createThread;
    const socket = await connectSocket(b.url, { token: reader.token });
    sockets.push(socket);
    expect(await emitWithAck(socket, 'thread:join', { threadId: thread.id })).toEqual({ ok: true });
    const live = record(socket, 'post:created');
    ok(await a.gql(REPLY, { i: { threadId: thread.id, body: 'vorher' } }, { token: asker.token }));
    await live.until(() => live.of('post:created').length === 1);

    await redis.kill();
    const down = await timeUntil(
      async () => {
        const [ha, hb] = await Promise.all([health(a), health(b)]);
        return ha.status === 503 && ha.body.details?.redis?.status === 'down' && hb.status === 503;
      },
      2_000,
      'Redis outage in /health',
    );
    report(`Redis outage visible in /health of both instances after ${down} ms`);

    // Sign-in still works and is still limited, by each instance in memory (the insurance limiter).
    const login = (password: string) => a.gql(LOGIN, { i: { email: reader.email, password } });
    ok(await login(TEST_PASSWORD));
    expect(errorCode(await login('falsches-Passwort-1'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login('falsches-Passwort-2'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login(TEST_PASSWORD))).toBe('RATE_LIMITED');
    // Writes go on; the live event of this one may be lost with Redis.
    ok(await a.gql(REPLY, { i: { threadId: thread.id, body: 'während' } }, { token: asker.token }));

    const restarted = Date.now();
    await redis.start();
    const healthy = await timeUntil(
      async () => (await health(a)).status === 200 && (await health(b)).status === 200,
      10_000,
      'healthy after Redis came back',
    );
    const delivered = await timeUntil(
      async () => {
        const before = live.of('post:created').length;
        ok(await a.gql(REPLY, { i: { threadId: thread.id, body: 'nachher' } }, { token: asker.token }));
        await new Promise((r) => setTimeout(r, 300));
        return live.of('post:created').length > before;
      },
      10_000,
      'live delivery across instances after Redis came back',
    );
    report(
      `Redis back: /health 200 after ${healthy} ms, live events across instances again after ${Date.now() - restarted} ms (${delivered} ms after healthy)`,
    );
  }, 60_000);
});

describe('PostgreSQL unreachable (TCP proxy in front of it)', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let user: TestUser;
  let topic: string;

  beforeAll(async () => {
    const db = await createTestDatabase();
    const url = new URL(db.url);
    proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port) || 5432 });
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    t = await startTestApp({}, { database: { url: url.toString(), drop: db.drop } });
    user = await createUser(t.ds);
    topic = await createTopic(t.ds, await createBoard(t.ds));
  });
  afterAll(async () => {
    await proxy.restore();
    await t.close();
    await proxy.close();
  });

  async function expectUnavailable(maxMs: number) {
    for (const [query, vars, token] of [
      [`{ boards { id } }`, {}, user.token],
      [`{ organisations { id } }`, {}, undefined],
      [ASK, { i: { topicId: topic, title: 'Frage ohne Datenbank', body: 'Text' } }, user.token],
    ] as const) {
      const started = Date.now();
      const res = await t.gql(query, vars, { token });
      const elapsed = Date.now() - started;
      expect({ query, status: res.status, code: errorCode(res) }).toEqual({
        query,
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
      });
      expect(elapsed).toBeLessThan(maxMs);
    }
  }

  async function recover(what: string, since: number) {
    const ms = await timeUntil(
      async () =>
        (await health(t)).status === 200 &&
        !(await t.gql(`{ boards { id } }`, {}, { token: user.token })).errors,
      15_000,
      `recovery after ${what}`,
    );
    report(
      `PostgreSQL ${what}: pool answers again ${ms} ms after the proxy forwarded again (outage ${Date.now() - since - ms} ms)`,
    );
  }

  it('says so in /health, answers SERVICE_UNAVAILABLE at once, and recovers without a restart', async () => {
    ok(await t.gql(`{ boards { id } }`, {}, { token: user.token }));
    const cut = Date.now();
    await proxy.cut();
    const down = await timeUntil(
      async () => {
        const h = await health(t);
        return h.status === 503 && h.body.details?.database?.status === 'down';
      },
      2_000,
      'database outage in /health',
    );
    report(`PostgreSQL stopped: /health says so after ${down} ms`);
    await expectUnavailable(3_000);
    await proxy.restore();
    await recover('stopped', cut);
  }, 60_000);

  it('answers SERVICE_UNAVAILABLE within the connect timeout when the network swallows everything', async () => {
    const cut = Date.now();
    await proxy.blackhole();
    const down = await timeUntil(async () => (await health(t)).status === 503, 2_000, 'blackhole in /health');
    report(`PostgreSQL unreachable (packets dropped): /health says so after ${down} ms`);
    await expectUnavailable(8_000);
    await proxy.restore();
    await recover('unreachable', cut);
  }, 90_000);
});
