// The production topology of docker/compose.yml, without Docker, on one machine: Debian's nginx with the
// rendered docker/nginx.conf.template, two API instances (production build), PostgreSQL and Redis.
// Checks that requests from one client address spread over both instances, that a browser gets live
// events over WebSocket and, behind a proxy that blocks WebSockets, over long-polling only, and that
// stopping one instance loses no acknowledged post and moves its sockets to the other.
// Run: npm run test:topology (builds first). Needs nginx (apt-get install -y nginx), redis-server,
// PostgreSQL on 127.0.0.1:5432 (or TEST_DATABASE_URL) and, for the browser checks, /usr/bin/chromium.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeNginxConfig } from '../nginx-config.mjs';
import {
  apiMain,
  createDatabase,
  findPostgres,
  freePort,
  gql,
  requireBuild,
  root,
  sleep,
  start,
  stop,
  waitFor,
  webDist,
  withClient,
} from './support.mjs';

const NGINX = process.env.NGINX_BIN || '/usr/sbin/nginx';
const REDIS_SERVER = process.env.REDIS_SERVER_BIN || '/usr/bin/redis-server';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PASSWORD = 'Topologie-Passwort-2026';
const say = (line) => process.stdout.write(`[topology] ${line}\n`);

function missing() {
  if (!fs.existsSync(NGINX))
    return { what: `no nginx at ${NGINX} (apt-get install -y nginx)`, env: 'REQUIRE_NGINX' };
  if (!fs.existsSync(REDIS_SERVER))
    return {
      what: `no redis-server at ${REDIS_SERVER} (apt-get install -y redis-server)`,
      env: 'REQUIRE_REDIS',
    };
  return undefined;
}
const absent = missing();
if (absent) {
  if (process.env[absent.env] === '1') throw new Error(`${absent.env}=1 but ${absent.what}`);
  say(`!!! SKIPPED: ${absent.what} !!!`);
}
const noBrowser = !fs.existsSync(CHROMIUM);
if (noBrowser && process.env.REQUIRE_BROWSER === '1')
  throw new Error(`REQUIRE_BROWSER=1 but no Chromium at ${CHROMIUM}`);
if (noBrowser)
  say(`!!! no Chromium at ${CHROMIUM}: the browser checks are SKIPPED (apt-get install -y chromium) !!!`);

describe('production topology: nginx, two API instances, PostgreSQL, Redis', { skip: absent?.what }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-topology-'));
  fs.chmodSync(dir, 0o755); // nginx's worker processes (not root) serve the web app from here
  const procs = [];
  let db;
  let redis;
  let nginx;
  const api = {}; // port -> process
  let base; // nginx
  let blockedBase; // a "municipal proxy" in front of nginx that refuses WebSocket upgrades
  let writer;
  let reader;
  let threadId;

  /** The upstream (API port) of every request nginx passed on, as its access log tells. */
  function accessLog() {
    const file = path.join(dir, 'access.log');
    if (!fs.existsSync(file)) return [];
    return fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [upstream, method, uri, status, cookie] = line.split('\t');
        const last = upstream.split(/[ ,]+/).filter(Boolean).pop() ?? '-';
        return { upstream: last.split(':').pop(), method, uri, status: Number(status), cookie };
      });
  }

  async function startApi(port, env) {
    const proc = start(`api:${port}`, process.execPath, [apiMain], {
      cwd: root,
      env: { ...process.env, ...env, PORT: String(port) },
    });
    procs.push(proc);
    api[port] = proc;
    await waitFor(
      async () => {
        if (proc.child.exitCode !== null) throw new Error(`api:${port} exited: ${proc.stderr.slice(-2000)}`);
        return (await fetch(`http://127.0.0.1:${port}/health`)).status === 200;
      },
      60_000,
      `api on ${port}`,
    ).catch((err) => {
      throw new Error(`${err.message}\n${proc.stdout.slice(-2000)}\n${proc.stderr.slice(-2000)}`);
    });
  }

  before(async () => {
    requireBuild();
    const adminUrl = await findPostgres();
    assert.ok(adminUrl, 'PostgreSQL on 127.0.0.1:5432 (user postgres, trust) or TEST_DATABASE_URL is needed');
    db = await createDatabase(adminUrl, 'forum_topology');

    const redisPort = await freePort();
    redis = start('redis', REDIS_SERVER, [
      '--port',
      String(redisPort),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    procs.push(redis);

    const [api1, api2, nginxPort, blockedPort] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
    base = `http://127.0.0.1:${nginxPort}`;
    blockedBase = `http://127.0.0.1:${blockedPort}`;
    const env = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      REDIS_KEY_PREFIX: `topology-${Date.now()}`,
      MAIL_SECRET: 'topology-test-mail-secret-0123456789abcdef',
      SESSION_SECURE_COOKIE: 'false',
      TRUST_PROXY: '1',
      PUBLIC_URL: base,
      LOG_LEVEL: 'warn',
      MAIL_POLL_INTERVAL_MS: '0',
      DB_POOL_SIZE: '8',
      WEB_DIST_DIR: path.join(dir, 'no-web'), // nginx serves the web app, as in the compose setup
    };
    await startApi(api1, env); // runs the migrations
    await startApi(api2, env);

    // Data: one Kommune, a writer and a reader (argon2id like the forum), a board and a topic.
    const { default: argon2 } = await import('argon2');
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    await withClient(db.url, async (c) => {
      const org = (
        await c.query(
          `INSERT INTO organisations (kind, name) VALUES ('KOMMUNE', 'Topologiestadt') RETURNING id`,
        )
      ).rows[0].id;
      for (const name of ['writer', 'reader']) {
        await c.query(
          `INSERT INTO users (email, display_name, password_hash, organisation_id, role, status, email_verified_at)
           VALUES ($1, $2, $3, $4, 'USER', 'ACTIVE', now())`,
          [`${name}@topology.example`, `Topologie ${name}`, hash, org],
        );
      }
      const board = (
        await c.query(`INSERT INTO boards (slug, title) VALUES ('topologie', 'Topologie') RETURNING id`)
      ).rows[0].id;
      await c.query(`INSERT INTO topics (board_id, title) VALUES ($1, 'Lastverteilung')`, [board]);
    });

    // nginx: the template rendered by the same script as in the web image, on Debian's nginx.
    fs.cpSync(webDist, path.join(dir, 'web'), { recursive: true });
    const temp = (name) => path.join(dir, name);
    writeNginxConfig({
      dir,
      apiPorts: [api1, api2],
      listen: `127.0.0.1:${nginxPort}`,
      webRoot: path.join(dir, 'web'),
      accessLog: '$upstream_addr\\t$request_method\\t$uri\\t$status\\t$cookie_forum_route',
      extra: `  # A municipal proxy that blocks WebSockets (refuses every upgrade) in front of the forum's nginx.
  server {
    listen 127.0.0.1:${blockedPort};
    access_log off;
    location / {
      if ($http_upgrade) { return 403; }
      proxy_pass http://127.0.0.1:${nginxPort};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
`,
    });
    nginx = start('nginx', NGINX, ['-c', temp('nginx.conf'), '-p', dir]);
    procs.push(nginx);
    await waitFor(async () => (await fetch(`${base}/nginx-health`)).ok, 10_000, 'nginx').catch((err) => {
      throw new Error(
        `${err.message}\n${nginx.stderr}\n${fs.existsSync(temp('error.log')) ? fs.readFileSync(temp('error.log'), 'utf8') : ''}`,
      );
    });

    const login = async (who) =>
      (
        await gql(base, `mutation($i: LoginInput!) { login(input: $i) { token } }`, {
          i: { email: `${who}@topology.example`, password: PASSWORD },
        })
      ).data.login.token;
    writer = await login('writer');
    reader = await login('reader');
    const topic = await withClient(
      db.url,
      async (c) => (await c.query(`SELECT id FROM topics LIMIT 1`)).rows[0].id,
    );
    const asked = await gql(
      base,
      `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
      { i: { topicId: topic, title: 'Wie verteilt sich die Last?', body: 'Eine Frage über nginx.' } },
      { token: writer },
    );
    threadId = asked.data.createThread.id;
  });

  after(async () => {
    for (const proc of [nginx, ...procs.filter((p) => p !== nginx)].filter(Boolean)) {
      await stop(proc, proc === nginx ? 'SIGQUIT' : 'SIGTERM', 10_000).catch(() => undefined);
    }
    await db?.drop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const reply = (body, clientId = randomUUID()) =>
    gql(
      base,
      `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { threadId, body, clientId } },
      { token: writer },
    );

  it('spreads the requests of one client address over both instances, and keeps a browser on one', async () => {
    const before = accessLog().length;
    // Forty first requests of forty browsers, all from 127.0.0.1 (as behind one municipal egress proxy).
    const first = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      ),
    );
    assert.ok(first.every((r) => r.ok));
    assert.match(first[0].headers.get('set-cookie') ?? '', /forum_route=/);
    const cookie = (first[0].headers.get('set-cookie') ?? '').split(';')[0];
    for (let i = 0; i < 10; i += 1) {
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    }
    await sleep(300); // the access log is written when a request ends
    const lines = accessLog()
      .slice(before)
      .filter((l) => l.uri === '/graphql');
    const fresh = lines.filter((l) => l.cookie === '-');
    const perInstance = {};
    for (const l of fresh) perInstance[l.upstream] = (perInstance[l.upstream] ?? 0) + 1;
    say(`40 requests without routing cookie from one address: ${JSON.stringify(perInstance)}`);
    assert.equal(Object.keys(perInstance).length, 2, JSON.stringify(perInstance));
    assert.ok(
      Object.values(perInstance).every((n) => n >= 5),
      JSON.stringify(perInstance),
    );
    const sticky = new Set(lines.filter((l) => l.cookie === cookie.split('=')[1]).map((l) => l.upstream));
    assert.equal(sticky.size, 1, 'one browser (routing cookie) stays on one instance');
  });

  async function browserGetsLiveEvents(entry, label) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const context = await browser.newContext({ baseURL: entry, locale: 'de-DE' });
      const page = await context.newPage();
      const sockets = { opened: 0, framesIn: 0, polling: 0 };
      page.on('websocket', (ws) => {
        if (!ws.url().includes('/socket.io/')) return;
        sockets.opened += 1;
        ws.on('framereceived', () => (sockets.framesIn += 1));
      });
      page.on('requestfinished', (req) => {
        if (req.url().includes('/socket.io/') && req.url().includes('transport=polling'))
          sockets.polling += 1;
      });
      const login = await context.request.post('/graphql', {
        headers: { 'content-type': 'application/json' },
        data: {
          query: `mutation($i: LoginInput!) { login(input: $i) { token } }`,
          variables: { i: { email: 'reader@topology.example', password: PASSWORD } },
        },
      });
      assert.equal(login.status(), 200);
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.goto(`/fragen/${threadId}`);
      await page
        .getByRole('heading', { level: 1, name: 'Wie verteilt sich die Last?' })
        .waitFor({ timeout: 20_000 })
        .catch(async (err) => {
          const text = (
            await page
              .locator('body')
              .innerText()
              .catch(() => '')
          ).slice(0, 600);
          throw new Error(
            `${label}: thread page not shown (${err.message})\n${page.url()}\n${text}\n${problems.join('\n')}`,
          );
        });
      // Connected and in the thread's room: wait for the socket's traffic, then post from elsewhere.
      await waitFor(() => sockets.framesIn > 1 || sockets.polling > 2, 15_000, `${label}: socket traffic`);
      await sleep(500);
      const text = `Live über ${label} ${randomUUID().slice(0, 8)}`;
      const started = Date.now();
      const res = await reply(text);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      await page.getByText(text).waitFor({ timeout: 15_000 });
      say(
        `${label}: the new post appeared live after ${Date.now() - started} ms (${JSON.stringify(sockets)})`,
      );
      return sockets;
    } finally {
      await browser.close();
    }
  }

  it('delivers live events to a browser over WebSocket', { skip: noBrowser && 'no Chromium' }, async () => {
    const sockets = await browserGetsLiveEvents(base, 'WebSocket');
    assert.ok(sockets.opened >= 1 && sockets.framesIn >= 1, JSON.stringify(sockets));
  });

  it(
    'delivers live events to a browser whose proxy blocks WebSockets (long-polling only)',
    { skip: noBrowser && 'no Chromium' },
    async () => {
      const sockets = await browserGetsLiveEvents(blockedBase, 'long-polling');
      assert.equal(sockets.framesIn, 0, 'no WebSocket got through the proxy');
      assert.ok(sockets.polling > 2, JSON.stringify(sockets));
    },
  );

  it('loses no acknowledged post and moves the sockets of a stopped instance to the other', async () => {
    const { io } = await import('socket.io-client');
    const clients = [];
    // Which instance a routing key leads to: nginx logs a WebSocket only when it closes, so a plain
    // request with the same cookie asks (the hash is the same for both while both instances are up).
    const instanceOf = async (key) => {
      const mark = accessLog().length;
      await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `forum_route=${key}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      await sleep(100);
      return accessLog()
        .slice(mark)
        .find((l) => l.cookie === key)?.upstream;
    };
    const openClient = (key, transport) =>
      new Promise((resolve, reject) => {
        const socket = io(base, {
          path: '/socket.io',
          transports: [transport],
          auth: { token: reader },
          extraHeaders: { cookie: `forum_route=${key}` },
          reconnectionDelay: 200,
          reconnectionDelayMax: 1000,
          forceNew: true,
        });
        const client = { key, socket, connects: 0, received: new Set(), transport };
        socket.on('connect', () => {
          client.connects += 1;
          client.connectedAt = Date.now();
          socket.emit('thread:join', { threadId });
        });
        socket.on('post:created', (p) => client.received.add(p.postId));
        socket.once('connect', () => resolve(client));
        socket.once('connect_error', reject);
        clients.push(client);
      });
    try {
      // Three WebSocket and three polling clients on each instance, each with a routing key of its own.
      const ports = Object.keys(api);
      const byInstance = Object.fromEntries(ports.map((p) => [p, []]));
      for (let i = 0; i < 200 && ports.some((p) => byInstance[p].length < 6); i += 1) {
        const key = `topology-${i}-${randomUUID().slice(0, 8)}`;
        const port = await instanceOf(key);
        const mine = byInstance[port];
        if (!mine || mine.length >= 6) continue;
        const transport =
          mine.filter((c) => c.transport === 'websocket').length < 3 ? 'websocket' : 'polling';
        mine.push(await openClient(key, transport));
      }
      await sleep(500);
      say(
        `sockets per instance before the stop: ${ports.map((p) => `${p}: ${byInstance[p].length}`).join(', ')}`,
      );
      assert.ok(
        ports.every((p) => byInstance[p].length === 6),
        'sockets on both instances',
      );

      // Writers: every post carries a clientId and is retried with it until acknowledged (idempotent).
      const acknowledged = [];
      let attempts = 0;
      let failures = 0;
      let writing = true;
      const writerLoop = async (w) => {
        for (let n = 0; writing; n += 1) {
          const clientId = randomUUID();
          for (let tries = 0; tries < 20; tries += 1) {
            attempts += 1;
            const res = await reply(`Schreiber ${w}, Beitrag ${n}`, clientId).catch(() => ({ errors: [{}] }));
            if (!res.errors && res.data?.createPost?.id) {
              acknowledged.push(res.data.createPost.id);
              break;
            }
            failures += 1;
            await sleep(100);
          }
        }
      };
      const victim = ports[0];
      const loops = [0, 1, 2].map(writerLoop);
      await sleep(1_000);
      const stoppedAt = Date.now();
      const exit = await stop(api[victim], 'SIGTERM');
      say(
        `instance ${victim} stopped (SIGTERM) in ${Date.now() - stoppedAt} ms, exit ${exit.code ?? exit.signal}`,
      );
      await sleep(2_500);
      writing = false;
      await Promise.all(loops);

      const stored = await withClient(
        db.url,
        async (c) => (await c.query(`SELECT id FROM posts WHERE id = ANY($1)`, [acknowledged])).rows.length,
      );
      say(
        `writes across the stop: ${acknowledged.length} acknowledged, ${stored} stored, ${failures} of ${attempts} attempts refused or cut and retried`,
      );
      assert.equal(stored, acknowledged.length, 'every acknowledged post is stored');
      assert.ok(acknowledged.length > 10);

      // The victim's sockets reconnect through nginx to the other instance, rejoin, and get live events.
      const moved = byInstance[victim];
      await waitFor(
        () => clients.every((c) => c.socket.connected) && moved.every((c) => c.connects >= 2),
        15_000,
        'sockets back',
      );
      const slowest = Math.max(...moved.map((c) => c.connectedAt - stoppedAt));
      say(
        `${moved.length} sockets of the stopped instance (${moved.map((c) => c.transport).join(', ')}) reconnected to the other, the last ${slowest} ms after the stop`,
      );
      for (const c of moved) assert.notEqual(await instanceOf(c.key), victim);
      await sleep(500);
      const last = await reply('Nach dem Umzug');
      const postId = last.data.createPost.id;
      await waitFor(
        () => clients.every((c) => c.received.has(postId)),
        10_000,
        'live event on every socket after the move',
      );
    } finally {
      for (const c of clients) c.socket.close();
    }
  });
});
