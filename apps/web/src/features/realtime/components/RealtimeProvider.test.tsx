import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { ViewerContext } from '@/features/auth/lib/viewer-context';
import { FakeSocket, connectWhenReady } from '@/test/fake-socket';
import { buildViewer } from '@/test/fixtures';
import { useRealtimeEvent, useRealtimeRoom } from '../hooks/use-realtime-event';
import { ConnectionStatus } from './ConnectionStatus';
import { RealtimeProvider } from './RealtimeProvider';

function ThreadRoom({ onReconnect }: { onReconnect: () => void }) {
  useRealtimeRoom('thread', 't-1');
  useRealtimeEvent('reconnected', onReconnect);
  return null;
}

let signOut: () => void = () => {};

function Harness({ socket, onReconnect = () => {} }: { socket: FakeSocket; onReconnect?: () => void }) {
  const [viewer, setViewer] = useState<ReturnType<typeof buildViewer> | null>(buildViewer());
  signOut = () => setViewer(null);
  return (
    <ViewerContext.Provider value={{ viewer, loading: false, failed: false }}>
      <RealtimeProvider socketFactory={() => Promise.resolve(socket)}>
        <ConnectionStatus />
        <ThreadRoom onReconnect={onReconnect} />
      </RealtimeProvider>
    </ViewerContext.Provider>
  );
}

const joins = (socket: FakeSocket) => socket.emitted.filter((e) => e.event === 'thread:join');

describe('RealtimeProvider', () => {
  it('joins rooms on connect and again after a reconnect, then tells subscribers to catch up', async () => {
    const socket = new FakeSocket();
    const onReconnect = vi.fn();
    render(<Harness socket={socket} onReconnect={onReconnect} />);
    await connectWhenReady(socket);
    expect(joins(socket)).toEqual([{ event: 'thread:join', payload: { threadId: 't-1' } }]);
    expect(onReconnect).not.toHaveBeenCalled();

    socket.drop();
    socket.connect();
    expect(joins(socket)).toHaveLength(2);
    expect(onReconnect).toHaveBeenCalledTimes(1);
  });

  it('shows "Verbindung unterbrochen" while a dropped connection is restored, and nothing otherwise', async () => {
    const socket = new FakeSocket();
    render(<Harness socket={socket} />);
    await connectWhenReady(socket);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');

    socket.drop('transport close');
    expect(status.textContent).toBe('Verbindung unterbrochen – wird wiederhergestellt …');
    socket.connect();
    expect(status.textContent).toBe('');

    // The server ending the session is no connection problem.
    socket.drop('io server disconnect');
    expect(status.textContent).toBe('');
  });

  it('closes the socket when the user signs out', async () => {
    const socket = new FakeSocket();
    render(<Harness socket={socket} />);
    await connectWhenReady(socket);
    expect(socket.disconnected).toBe(false);
    act(() => signOut());
    await waitFor(() => expect(socket.disconnected).toBe(true));
    expect(socket.listenerCount('post:created')).toBe(0);
  });
});
