import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

// Dependencies a test can break on purpose: its own redis-server (Debian's) and a TCP proxy in front of
// PostgreSQL. The shared Redis on 6379 and the shared PostgreSQL are never touched.

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN || '/usr/bin/redis-server';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

/** A throw-away redis-server on a port of its own, without persistence. */
export class TestRedis {
  private child?: ChildProcess;
  constructor(readonly port: number) {}

  static available(): boolean {
    return fs.existsSync(REDIS_SERVER);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      REDIS_SERVER,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    child.on('error', () => undefined);
    this.child = child;
    const deadline = Date.now() + 5000;
    while (!(await answersPing(this.port))) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`redis-server on ${this.port} did not start`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Gone at once, as after a crash (SIGKILL). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Forwards 127.0.0.1:<port> to a target. `cut()` drops every connection and refuses new ones (a stopped
 * server), `blackhole()` drops them and then accepts connections that never answer (a dead network),
 * `restore()` forwards again on the same port.
 */
export class TcpProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private mode: 'pass' | 'blackhole' = 'pass';

  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(await freePort(), target);
    await proxy.listen();
    return proxy;
  }

  private listen(): Promise<void> {
    const server = net.createServer((client) => {
      this.track(client);
      if (this.mode === 'blackhole') return;
      const upstream = net.connect(this.target);
      this.track(upstream);
      client.pipe(upstream).pipe(client);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  private track(socket: net.Socket) {
    this.sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.sockets.delete(socket));
  }

  private dropAll() {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.dropAll();
    if (server) await new Promise((r) => server.close(r));
  }

  async blackhole(): Promise<void> {
    await this.cut();
    this.mode = 'blackhole';
    await this.listen();
  }

  async restore(): Promise<void> {
    await this.cut();
    this.mode = 'pass';
    await this.listen();
  }

  async close(): Promise<void> {
    await this.cut();
  }
}

/** Polls until `check` holds; resolves with the milliseconds it took, rejects after `timeoutMs`. */
export async function timeUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
