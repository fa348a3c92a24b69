import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildViewer } from '@/test/fixtures';
import { graphQLError, renderWithProviders } from '@/test/render';
import {
  BoardWatchLevelQueryDocument,
  ThreadWatchLevelQueryDocument,
  WatchMutationDocument,
} from '../graphql/watches.graphql';
import { WatchControl } from './WatchControl';

const threadLevel = (level: string) => ({
  request: { query: ThreadWatchLevelQueryDocument, variables: { id: 't-1' } },
  result: { data: { thread: { __typename: 'Thread', id: 't-1', viewerWatchLevel: level } } },
});

describe('WatchControl', () => {
  it('shows the current level as a menu button and saves a new one, updating the cache', async () => {
    const watch = vi.fn(() => ({ data: { watch: true } }));
    renderWithProviders(<WatchControl targetType="THREAD" targetKey="t-1" />, {
      viewer: buildViewer(),
      mocks: [
        threadLevel('WATCHING'),
        {
          request: {
            query: WatchMutationDocument,
            variables: { targetType: 'THREAD', targetId: 't-1', level: 'MUTED' },
          },
          result: watch,
        },
      ],
    });
    const user = userEvent.setup();
    const button = await screen.findByRole('button', {
      name: 'Benachrichtigungen für diese Frage: Beobachtet',
    });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    await user.click(button);
    const items = screen.getAllByRole('menuitemradio');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Beobachten'),
      expect.stringContaining('Normal'),
      expect.stringContaining('Stummschalten'),
    ]);
    expect(items[0]?.getAttribute('aria-checked')).toBe('true');
    await user.click(items[2] as HTMLElement);
    await waitFor(() => expect(watch).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Gespeichert: stummgeschaltet.')).toBeTruthy();
    expect(
      await screen.findByRole('button', { name: 'Benachrichtigungen für diese Frage: Stummgeschaltet' }),
    ).toBeTruthy();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('is used by keyboard: arrows move, Enter chooses, Escape closes and returns focus', async () => {
    const watch = vi.fn(() => ({ data: { watch: true } }));
    renderWithProviders(<WatchControl targetType="BOARD" targetKey="familie-kind" />, {
      viewer: buildViewer(),
      mocks: [
        {
          request: { query: BoardWatchLevelQueryDocument, variables: { slug: 'familie-kind' } },
          result: { data: { board: { __typename: 'Board', id: 'b-1', viewerWatchLevel: 'NONE' } } },
        },
        {
          request: {
            query: WatchMutationDocument,
            variables: { targetType: 'BOARD', targetId: 'b-1', level: 'WATCHING' },
          },
          result: watch,
        },
      ],
    });
    const user = userEvent.setup();
    const button = await screen.findByRole('button', {
      name: 'Benachrichtigungen für diesen Bereich: Normal',
    });
    button.focus();
    await user.keyboard('{ArrowDown}');
    // Opens on the checked choice.
    expect(document.activeElement?.textContent).toContain('Normal');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toContain('Beobachten');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(watch).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByRole('button', { name: 'Benachrichtigungen für diesen Bereich: Beobachtet' }),
    ).toBeTruthy();
  });

  it('keeps the old level and shows the error when saving fails', async () => {
    renderWithProviders(<WatchControl targetType="THREAD" targetKey="t-1" />, {
      viewer: buildViewer(),
      mocks: [
        threadLevel('NONE'),
        {
          request: {
            query: WatchMutationDocument,
            variables: { targetType: 'THREAD', targetId: 't-1', level: 'WATCHING' },
          },
          result: graphQLError('FORBIDDEN'),
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Benachrichtigungen für diese Frage/ }));
    await user.click(screen.getByRole('menuitemradio', { name: /Beobachten/ }));
    expect(await screen.findByText('Für diese Aktion fehlt Ihnen die Berechtigung.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Benachrichtigungen für diese Frage: Normal' })).toBeTruthy();
  });
});
