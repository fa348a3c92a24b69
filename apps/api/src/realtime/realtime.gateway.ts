import { Logger, type OnModuleInit } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Server, Socket } from 'socket.io';
import { Adapter as InMemoryAdapter } from 'socket.io-adapter';
import type { DataSource } from 'typeorm';
import { ClientEvents, ServerEvents, SOCKET_PATH, UserStatus } from '@forum/shared';
import { AuthService } from '../auth/auth.service';
import type { Viewer } from '../common/graphql/viewer';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import { sameOriginRequest, socketToken } from './socket-auth';
import { THREAD_EXISTS_SQL, TOPIC_EXISTS_SQL, UNREAD_COUNT_SQL } from './realtime.sql';

export const rooms = {
  user: (id: string) => `user:${id}`,
  session: (id: string) => `session:${id}`,
  thread: (id: string) => `thread:${id}`,
  topic: (id: string) => `topic:${id}`,
  activity: 'activity',
};

/** [userId, event, payload]: one message for one user's sockets. */
export type UserMessage = [string, string, unknown];

const DELIVER_BATCH = 'forum:deliver';

type Ack = { ok: true } | { ok: false; code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' };

/**
 * The Socket.IO side of the forum: authenticated connections, per-user rooms for notifications and
 * per-thread / per-topic rooms for live content. Domain events arrive here after their transaction
 * committed; with REDIS_URL every emit reaches the sockets on all instances.
 */
@WebSocketGateway({
  path: SOCKET_PATH,
  serveClient: false,
  allowRequest: (req, callback) => callback(null, sameOriginRequest(req)),
})
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleInit {
  private readonly logger = new Logger(RealtimeGateway.name);

  @WebSocketServer()
  server!: Server;

  constructor(
    private readonly auth: AuthService,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  afterInit(server: Server): void {
    server.on(DELIVER_BATCH, (messages: UserMessage[]) => this.deliverLocally(messages));
    server.use((socket, next) => {
      this.auth
        .resolveViewer(socketToken(socket))
        .then((viewer) => {
          if (!viewer)
            return next(Object.assign(new Error('UNAUTHENTICATED'), { data: { code: 'UNAUTHENTICATED' } }));
          if (viewer.status !== UserStatus.ACTIVE) {
            return next(Object.assign(new Error('FORBIDDEN'), { data: { code: 'FORBIDDEN' } }));
          }
          socket.data.viewer = viewer;
          next();
        })
        .catch((err: unknown) => {
          this.logger.error(`socket authentication failed: ${String(err)}`);
          next(new Error('INTERNAL_SERVER_ERROR'));
        });
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    const viewer = socket.data.viewer as Viewer | undefined;
    if (!viewer) return void socket.disconnect(true);
    await socket.join([rooms.user(viewer.id), rooms.session(viewer.sessionId)]);
    try {
      socket.emit(ServerEvents.notificationCount, { unread: await this.unreadCount(viewer.id) });
    } catch (err) {
      // Nest does not catch what a connection handler throws: an unreachable database (or a connection
      // arriving while the instance shuts down) must not become an unhandled rejection. The client gets
      // the count with its next notification or reconnect.
      this.logger.warn(`notification count for a new socket failed: ${String(err)}`);
    }
  }

  @SubscribeMessage(ClientEvents.threadJoin)
  async joinThread(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const threadId = (body as { threadId?: unknown } | null)?.threadId;
    if (!isUuid(threadId)) return { ok: false, code: 'BAD_USER_INPUT' };
    const viewer = await this.currentViewer(socket);
    if (!viewer) return { ok: false, code: 'FORBIDDEN' };
    const rows: unknown[] = await this.ds.query(THREAD_EXISTS_SQL, [threadId]);
    if (!rows.length) return { ok: false, code: 'NOT_FOUND' };
    await socket.join(rooms.thread(threadId));
    return { ok: true };
  }

  @SubscribeMessage(ClientEvents.threadLeave)
  async leaveThread(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const threadId = (body as { threadId?: unknown } | null)?.threadId;
    if (!isUuid(threadId)) return { ok: false, code: 'BAD_USER_INPUT' };
    await socket.leave(rooms.thread(threadId));
    return { ok: true };
  }

  @SubscribeMessage(ClientEvents.topicJoin)
  async joinTopic(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const topicId = (body as { topicId?: unknown } | null)?.topicId;
    if (!isUuid(topicId)) return { ok: false, code: 'BAD_USER_INPUT' };
    const viewer = await this.currentViewer(socket);
    if (!viewer) return { ok: false, code: 'FORBIDDEN' };
    const rows: unknown[] = await this.ds.query(TOPIC_EXISTS_SQL, [topicId]);
    if (!rows.length) return { ok: false, code: 'NOT_FOUND' };
    await socket.join(rooms.topic(topicId));
    return { ok: true };
  }

  @SubscribeMessage(ClientEvents.topicLeave)
  async leaveTopic(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const topicId = (body as { topicId?: unknown } | null)?.topicId;
    if (!isUuid(topicId)) return { ok: false, code: 'BAD_USER_INPUT' };
    await socket.leave(rooms.topic(topicId));
    return { ok: true };
  }

  /** The presenter view's live activity stream; any active account may follow it. */
  @SubscribeMessage(ClientEvents.activityJoin)
  async joinActivity(@ConnectedSocket() socket: Socket): Promise<Ack> {
    if (!(await this.currentViewer(socket))) return { ok: false, code: 'FORBIDDEN' };
    await socket.join(rooms.activity);
    return { ok: true };
  }

  @SubscribeMessage(ClientEvents.activityLeave)
  async leaveActivity(@ConnectedSocket() socket: Socket): Promise<Ack> {
    await socket.leave(rooms.activity);
    return { ok: true };
  }

  onModuleInit(): void {
    const postEvent = (event: string) => (e: { threadId: string; postId: string }) => {
      this.server.to(rooms.thread(e.threadId)).emit(event, { threadId: e.threadId, postId: e.postId });
    };
    this.events.on('PostCreated', postEvent(ServerEvents.postCreated));
    this.events.on('PostUpdated', postEvent(ServerEvents.postUpdated));
    this.events.on('PostDeleted', postEvent(ServerEvents.postDeleted));
    this.events.on('PostHidden', postEvent(ServerEvents.postUpdated));
    this.events.on('ThreadReopened', (e) => {
      this.server.to(rooms.thread(e.threadId)).emit(ServerEvents.threadUpdated, { threadId: e.threadId });
    });
    this.events.on('AnswerAccepted', (e) => {
      this.server.to(rooms.thread(e.threadId)).emit(ServerEvents.threadUpdated, { threadId: e.threadId });
    });
    this.events.on('ThreadModerated', (e) => {
      this.server.to(rooms.thread(e.threadId)).emit(ServerEvents.threadUpdated, { threadId: e.threadId });
    });
    this.events.on('ThreadsMerged', (e) => {
      for (const id of [e.sourceThreadId, e.targetThreadId]) {
        this.server
          .to(rooms.thread(id))
          .emit(ServerEvents.threadUpdated, { threadId: id, mergedInto: e.targetThreadId });
      }
    });
    this.events.on('ThreadCreated', (e) => {
      this.server
        .to(rooms.topic(e.topicId))
        .emit(ServerEvents.threadCreated, { topicId: e.topicId, threadId: e.threadId });
    });
    // Ended sessions and suspended accounts lose their sockets at once, on every instance.
    this.events.on('SessionEnded', (e) => this.server.in(rooms.session(e.sessionId)).disconnectSockets(true));
    this.events.on('UserSuspended', (e) => this.server.in(rooms.user(e.userId)).disconnectSockets(true));
    this.events.on('UserDeleted', (e) => this.server.in(rooms.user(e.userId)).disconnectSockets(true));
  }

  /**
   * Delivers many per-user messages at once. With several instances, one server-side message carries
   * the whole batch to the others (instead of one Redis publish per recipient); every instance then
   * emits only to its own sockets, so each socket still gets each message exactly once.
   */
  emitToUsers(messages: UserMessage[]): void {
    if (!messages.length) return;
    this.deliverLocally(messages);
    if (this.clustered) this.server.serverSideEmit(DELIVER_BATCH, messages);
  }

  /**
   * Whether a room may have members anywhere. Exact for a single instance; with several, the other
   * instances' rooms are not known here, so the answer is always yes.
   */
  mayHaveListeners(room: string): boolean {
    return this.clustered || (this.server.of('/').adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  /** True with the Redis adapter; the default in-memory adapter serves this instance only. */
  private get clustered(): boolean {
    return Object.getPrototypeOf(this.server.of('/').adapter) !== InMemoryAdapter.prototype;
  }

  private deliverLocally(messages: UserMessage[]): void {
    // Most recipients are offline: skip them before Socket.IO encodes a packet for nobody.
    const connected = this.server.of('/').adapter.rooms;
    for (const [userId, event, payload] of messages) {
      const room = rooms.user(userId);
      if (connected.has(room)) this.server.local.to(room).emit(event, payload);
    }
  }

  /** Sends each user their own payload (notifications) in their personal room. */
  emitToUser(userId: string, event: string, payload: unknown): void {
    this.server.to(rooms.user(userId)).emit(event, payload);
  }

  async unreadCount(userId: string): Promise<number> {
    // Kept by triggers on notifications (migration NotificationCounters): no count over the backlog.
    const rows: { n: number }[] = await this.ds.query(UNREAD_COUNT_SQL, [userId]);
    return rows[0]?.n ?? 0;
  }

  /** Re-checks the session on joins, so a socket outliving a revoked session cannot subscribe to more. */
  private async currentViewer(socket: Socket): Promise<Viewer | null> {
    const viewer = await this.auth.resolveViewer(socketToken(socket));
    if (!viewer || viewer.status !== UserStatus.ACTIVE) {
      socket.disconnect(true);
      return null;
    }
    return viewer;
  }
}
