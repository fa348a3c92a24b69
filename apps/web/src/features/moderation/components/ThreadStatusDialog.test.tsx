import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { CloseThreadMutationDocument, LockThreadMutationDocument } from '../graphql/moderation.graphql';
import { ThreadModerationControls } from './ThreadModerationControls';

const thread = {
  id: 't-1',
  locked: false,
  pinned: false,
  state: 'OPEN' as const,
  topic: { id: 'tp-1', board: { id: 'b-1' } },
};

describe('locking and closing a question', () => {
  it('asks for an optional reason before locking and sends it', async () => {
    const locked = vi.fn(() => ({
      data: { lockThread: { __typename: 'Thread', id: 't-1', locked: true, viewerCanReply: true } },
    }));
    renderWithProviders(<ThreadModerationControls thread={thread} canModerate />, {
      viewer: buildViewer({ id: 'u-mod', role: 'MODERATOR' }),
      mocks: [
        {
          request: {
            query: LockThreadMutationDocument,
            variables: { threadId: 't-1', locked: true, reason: 'Bitte im neuen Thema weiter' },
          },
          result: locked,
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sperren' }));
    const dialog = screen.getByRole('dialog', { name: 'Frage sperren' });
    expect(within(dialog).getByText(/Der Status der Frage bleibt, wie er ist/)).toBeTruthy();
    const reason = within(dialog).getByRole('textbox', { name: /Begründung/ });
    expect(reason.hasAttribute('required')).toBe(false);
    await user.type(reason, 'Bitte im neuen Thema weiter');
    await user.click(within(dialog).getByRole('button', { name: 'Sperren' }));
    await waitFor(() => expect(locked).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Die Frage wurde gesperrt.')).toBeTruthy();
  });

  it('closes a question without a reason, and offers to reopen a closed one', async () => {
    const closed = vi.fn(() => ({
      data: { closeThread: { __typename: 'Thread', id: 't-1', state: 'CLOSED', progress: 'CLOSED' } },
    }));
    const { unmount } = renderWithProviders(<ThreadModerationControls thread={thread} canModerate />, {
      viewer: buildViewer({ id: 'u-mod', role: 'MODERATOR' }),
      mocks: [
        {
          request: {
            query: CloseThreadMutationDocument,
            variables: { threadId: 't-1', closed: true, reason: null },
          },
          result: closed,
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Schließen' }));
    const dialog = screen.getByRole('dialog', { name: 'Frage schließen' });
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }));
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
    unmount();

    renderWithProviders(<ThreadModerationControls thread={{ ...thread, state: 'CLOSED' }} canModerate />, {
      viewer: buildViewer({ id: 'u-mod', role: 'MODERATOR' }),
    });
    expect(await screen.findByRole('button', { name: 'Wieder öffnen' })).toBeTruthy();
  });
});
