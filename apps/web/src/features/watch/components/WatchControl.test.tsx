import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildViewer } from '../../../test/fixtures';
import { graphQLError, renderWithProviders } from '../../../test/render';
import {
  BoardWatchLevelQueryDocument,
  ThreadWatchLevelQueryDocument,
  WatchMutationDocument,
} from '../graphql/watch.graphql';
import { WatchControl } from './WatchControl';

const threadLevel = (level: string) => ({
  request: { query: ThreadWatchLevelQueryDocument, variables: { id: 't-1' } },
  result: { data: { thread: { __typename: 'Thread', id: 't-1', viewerWatchLevel: level } } },
});

describe('WatchControl', () => {
  it('shows the current level and saves a new one, updating the cache', async () => {
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
    const select = (await screen.findByRole('combobox', {
      name: 'Benachrichtigungen für diese Frage',
    })) as HTMLSelectElement;
    expect(select.value).toBe('WATCHING');
    expect([...select.options].map((o) => o.text)).toEqual(['Beobachten', 'Normal', 'Stummschalten']);

    await userEvent.setup().selectOptions(select, 'Stummschalten');
    await waitFor(() => expect(watch).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Gespeichert: stummgeschaltet.')).toBeTruthy();
    expect(select.value).toBe('MUTED');
  });

  it('finds a board by its slug and watches it by id', async () => {
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
    const select = (await screen.findByRole('combobox', {
      name: 'Benachrichtigungen für diesen Bereich',
    })) as HTMLSelectElement;
    expect(select.value).toBe('NONE');
    await userEvent.setup().selectOptions(select, 'Beobachten');
    await waitFor(() => expect(select.value).toBe('WATCHING'));
    expect(watch).toHaveBeenCalledTimes(1);
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
    const select = (await screen.findByRole('combobox', {
      name: 'Benachrichtigungen für diese Frage',
    })) as HTMLSelectElement;
    await userEvent.setup().selectOptions(select, 'Beobachten');
    expect(await screen.findByText('Für diese Aktion fehlt Ihnen die Berechtigung.')).toBeTruthy();
    expect(select.value).toBe('NONE');
  });
});
