import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { AdminBoardsQueryDocument, ReorderBoardsMutationDocument } from '../graphql/board-admin.graphql';
import { BoardsAdminPage } from './BoardsAdminPage';

const admin = buildViewer({ id: 'u-admin', role: 'ADMIN' });

function board(id: string, title: string, position: number) {
  return {
    __typename: 'Board',
    id,
    slug: id,
    title,
    description: null,
    position,
    archived: false,
    topics: [],
  };
}

const boardsMock = {
  request: { query: AdminBoardsQueryDocument },
  result: { data: { boards: [board('a', 'Arbeit', 0), board('b', 'Bauen', 1), board('c', 'Ci', 2)] } },
};

describe('BoardsAdminPage reorder', () => {
  it('disables "up" on the first and "down" on the last board', async () => {
    renderWithProviders(<BoardsAdminPage />, { viewer: admin, mocks: [boardsMock] });
    const up = await screen.findByRole('button', { name: '„Arbeit“ nach oben verschieben' });
    expect((up as HTMLButtonElement).disabled).toBe(true);
    expect(
      (screen.getByRole('button', { name: '„Ci“ nach unten verschieben' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (screen.getByRole('button', { name: '„Bauen“ nach oben verschieben' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('moves a board down with the keyboard, saves the new order and keeps focus on it', async () => {
    const reorder = {
      request: { query: ReorderBoardsMutationDocument, variables: { boardIds: ['b', 'a', 'c'] } },
      result: vi.fn(() => ({
        data: {
          reorderBoards: ['b', 'a', 'c'].map((id, position) => ({ __typename: 'Board', id, position })),
        },
      })),
    };
    renderWithProviders(<BoardsAdminPage />, { viewer: admin, mocks: [boardsMock, reorder] });
    const user = userEvent.setup();
    const down = await screen.findByRole('button', { name: '„Arbeit“ nach unten verschieben' });
    down.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(reorder.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('„Arbeit“ steht jetzt an Position 2 von 3.')).toBeTruthy();
    const titles = screen.getAllByRole('listitem').map((li) => li.querySelector('a')?.textContent);
    expect(titles.slice(0, 3)).toEqual(['Bauen', 'Arbeit', 'Ci']);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: '„Arbeit“ nach unten verschieben' }),
    );
  });
});
