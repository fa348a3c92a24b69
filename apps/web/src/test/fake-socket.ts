import { act, waitFor } from '@testing-library/react';
import type { RealtimeSocket } from '@/features/realtime/lib/realtime-socket';

type Listener = (...args: unknown[]) => void;

/**
 * Stands in for the Socket.IO client (the network boundary): tests push server events and connection
 * changes through it and read what the app emitted.
 */
export class FakeSocket implements RealtimeSocket {
  connected = false;
  active = true;
  disconnected = false;
  readonly emitted: { event: string; payload: unknown }[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  on(event: string, listener: (...args: never[]) => void): this {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(event, set);
    return this;
  }

  off(event: string, listener?: (...args: never[]) => void): this {
    if (listener) this.listeners.get(event)?.delete(listener as Listener);
    else this.listeners.delete(event);
    return this;
  }

  emit(event: string, payload?: unknown): this {
    this.emitted.push({ event, payload });
    return this;
  }

  disconnect(): this {
    this.disconnected = true;
    this.connected = false;
    return this;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  /** Delivers a server event to the app, inside act() so React state updates are flushed. */
  serverEmit(event: string, payload?: unknown): void {
    act(() => {
      for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
    });
  }

  connect(): void {
    this.connected = true;
    this.serverEmit('connect');
  }

  drop(reason = 'transport close'): void {
    this.connected = false;
    this.serverEmit('disconnect', reason);
  }
}

/** Waits until the RealtimeProvider has attached to the fake socket, then opens the connection. */
export async function connectWhenReady(socket: FakeSocket): Promise<void> {
  await waitFor(() => expect(socket.listenerCount('connect')).toBeGreaterThan(0));
  socket.connect();
}
