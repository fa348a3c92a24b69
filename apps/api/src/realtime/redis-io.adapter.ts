import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { RedisClientType } from 'redis';
import { connectAtStart } from '../redis/redis-connection';
import type { Server, ServerOptions } from 'socket.io';

/**
 * Socket.IO over Redis pub/sub: an emit to a room on one API instance reaches the sockets in that room
 * on every instance (each socket once), so replicas behind a load balancer behave like one server.
 */
export class RedisIoAdapter extends IoAdapter {
  private adapterConstructor?: ReturnType<typeof createAdapter>;
  private clients: RedisClientType[] = [];

  constructor(app: INestApplicationContext) {
    super(app);
  }

  /** Two more connections beside the shared client (a subscriber cannot publish), with its settings. */
  async connectToRedis(shared: RedisClientType, url: string, keyPrefix: string): Promise<void> {
    const pub = shared.duplicate() as RedisClientType;
    const sub = shared.duplicate() as RedisClientType;
    this.clients = [pub, sub];
    await Promise.all([connectAtStart(pub, url), connectAtStart(sub, url)]);
    // The adapter does not await its publishes: one that was in flight when Redis went away would reject
    // unhandled and end the process. Such an event is lost with Redis; the instance keeps running.
    const publish = pub.publish.bind(pub);
    Object.defineProperty(pub, 'publish', {
      value: (...args: Parameters<typeof publish>) => publish(...args).catch(() => 0),
    });
    this.adapterConstructor = createAdapter(pub, sub, { key: `${keyPrefix}:socket.io` });
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.adapterConstructor) server.adapter(this.adapterConstructor);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((c) => (c.isOpen ? c.quit().catch(() => undefined) : undefined)));
    this.clients = [];
  }
}
