import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEvent, DomainEventType, EventOf } from './domain-event';

type Handler<T extends DomainEventType> = (event: EventOf<T>) => Promise<void> | void;
type WriteHandler<T extends DomainEventType> = (event: EventOf<T>, manager: EntityManager) => Promise<void>;

/**
 * In-process event bus. `publish` never throws into the caller: the write has committed already, and a
 * failing subscriber is logged instead of turning a successful mutation into an error.
 */
@Injectable()
export class DomainEventsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DomainEventsService.name);
  private readonly handlers = new Map<DomainEventType, Handler<DomainEventType>[]>();
  private readonly pending = new Set<Promise<void>>();
  private readonly writeHandlers = new Map<DomainEventType, WriteHandler<DomainEventType>[]>();

  /**
   * A consequence that belongs to the write itself (the author's implicit watch, their read mark, the
   * finished draft): it runs inside the writer's transaction, so it commits, or fails, together with it,
   * and costs no commit of its own.
   */
  onWrite<T extends DomainEventType>(type: T, handler: WriteHandler<T>): void {
    const list = this.writeHandlers.get(type) ?? [];
    list.push(handler as unknown as WriteHandler<DomainEventType>);
    this.writeHandlers.set(type, list);
  }

  /** Called by the writer inside its transaction, before commit; `publish` follows after commit. */
  async withinWrite(manager: EntityManager, event: DomainEvent): Promise<void> {
    // One after another: a transaction's connection runs one statement at a time anyway.
    for (const handler of this.writeHandlers.get(event.type) ?? []) await handler(event as never, manager);
  }

  on<T extends DomainEventType>(type: T, handler: Handler<T>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as unknown as Handler<DomainEventType>);
    this.handlers.set(type, list);
  }

  publish(event: DomainEvent): void {
    for (const handler of this.handlers.get(event.type) ?? []) {
      const run = Promise.resolve()
        .then(() => handler(event as never))
        .catch((err: unknown) =>
          this.logger.error(
            `${event.type} handler failed: ${err instanceof Error ? err.stack : String(err)}`,
          ),
        )
        .finally(() => this.pending.delete(run));
      this.pending.add(run);
    }
  }

  /** Graceful shutdown: handlers of committed writes finish before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.drain();
  }

  /** Resolves when every handler started so far has finished (tests, graceful shutdown). */
  async drain(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
