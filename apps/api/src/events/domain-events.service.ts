import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditRecord, AuditService } from '../audit/audit.service';
import type { DomainEvent, DomainEventType, EventOf } from './domain-event';

type Handler<T extends DomainEventType> = (event: EventOf<T>) => Promise<void> | void;
type WriteHandler<T extends DomainEventType> = (event: EventOf<T>, manager: EntityManager) => Promise<void>;

/**
 * One write of a service: its transaction, the audit entries and the events that belong to it. What it
 * queues happens only once the transaction has committed, in the order queued; a rollback drops it all.
 * A service therefore never carries a "did it change" flag: where nothing changed, it queues nothing.
 */
export interface Write {
  readonly manager: EntityManager;
  /** An audit entry, written inside the transaction: the action and its entry land together or not at all. */
  audit(entry: AuditRecord): Promise<void>;
  /**
   * Runs the event's write consequences now, inside the transaction (see `onWrite`), and publishes the
   * event to its subscribers after commit.
   */
  publish(event: DomainEvent): Promise<void>;
  /** Work for after commit besides events: dropping cached copies, ending sessions. */
  afterCommit(work: () => Promise<void> | void): void;
}

/**
 * In-process event bus. `publish` never throws into the caller: the write has committed already, and a
 * failing subscriber is logged instead of turning a successful mutation into an error.
 */
@Injectable()
export class DomainEventsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DomainEventsService.name);
  private readonly handlers = new Map<DomainEventType, Handler<DomainEventType>[]>();
  private readonly pending = new Set<Promise<void>>();
  /** Per event type: each write consequence, and the same as a statement step where it has one. */
  private readonly writeHandlers = new Map<
    DomainEventType,
    { run: WriteHandler<DomainEventType>; step: string | null }[]
  >();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly auditService: AuditService,
  ) {}

  /**
   * Runs `work` in one transaction (outline's `transaction.afterCommit`): audit entries and event
   * consequences inside it, then after commit the queued work and the events, in order.
   */
  async transaction<T>(work: (write: Write) => Promise<T>): Promise<T> {
    const afterCommit: (() => Promise<void> | void)[] = [];
    const result = await this.ds.transaction((manager) =>
      work({
        manager,
        audit: (entry) => this.auditService.record(manager, entry),
        publish: async (event) => {
          await this.withinWrite(manager, event);
          afterCommit.push(() => this.publish(event));
        },
        afterCommit: (later) => void afterCommit.push(later),
      }),
    );
    for (const later of afterCommit) await later();
    return result;
  }

  /**
   * A consequence that belongs to the write itself (the author's implicit watch, their read mark, the
   * finished draft, the flags closed with a hidden post): it runs inside the writer's transaction, so it
   * commits, or fails, together with it, and costs no commit of its own. `statementStep`: the same
   * consequence as a data-modifying CTE body that reads the event's new row from a CTE named `p` (for
   * PostCreated: the inserted `posts` row), so that a hot writer can do everything in one statement.
   */
  onWrite<T extends DomainEventType>(type: T, handler: WriteHandler<T>, statementStep?: string): void {
    const list = this.writeHandlers.get(type) ?? [];
    list.push({ run: handler as unknown as WriteHandler<DomainEventType>, step: statementStep ?? null });
    this.writeHandlers.set(type, list);
  }

  /**
   * The event's write consequences as steps of one statement (see `onWrite`'s `statementStep`), for a writer
   * that performs the write and its consequences in a single round trip; null when a consequence has no
   * such step (the writer must then take a transaction and `publish`).
   */
  statementStepsOf(type: DomainEventType): string[] | null {
    const steps = (this.writeHandlers.get(type) ?? []).map((h) => h.step);
    return steps.every((s): s is string => s !== null) ? steps : null;
  }

  private async withinWrite(manager: EntityManager, event: DomainEvent): Promise<void> {
    // One after another: a transaction's connection runs one statement at a time anyway.
    for (const handler of this.writeHandlers.get(event.type) ?? [])
      await handler.run(event as never, manager);
  }

  on<T extends DomainEventType>(type: T, handler: Handler<T>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as unknown as Handler<DomainEventType>);
    this.handlers.set(type, list);
  }

  /** For a change made without a transaction of its own (a session ended, a flag filed); else `transaction`. */
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
