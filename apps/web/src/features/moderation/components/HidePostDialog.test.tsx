import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildPost, buildViewer } from '@/test/fixtures';
import { graphQLError, renderWithProviders } from '@/test/render';
import { HidePostMutationDocument } from '../graphql/moderation.graphql';
import { PostModerationActions } from './PostModerationActions';

const moderator = buildViewer({ id: 'u-mod', role: 'MODERATOR', displayName: 'Mona Moderation' });

function hideResult(hidden: boolean, reason: string | null) {
  return {
    data: {
      hidePost: {
        __typename: 'Post',
        id: 'p-1',
        hidden,
        hiddenReason: reason,
        body: 'x',
        bodyHtml: '<p>x</p>',
      },
    },
  };
}

describe('HidePostDialog', () => {
  it('requires a reason and sends nothing without one', async () => {
    const mock = {
      request: { query: HidePostMutationDocument },
      variableMatcher: () => true,
      result: vi.fn(() => hideResult(true, 'x')),
    };
    renderWithProviders(<PostModerationActions post={buildPost()} canModerate />, {
      viewer: moderator,
      mocks: [mock],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ausblenden' }));
    const dialog = screen.getByRole('dialog', { name: 'Beitrag ausblenden', hidden: true });
    const reason = within(dialog).getByLabelText('Begründung');
    expect(document.activeElement).toBe(reason);
    await user.click(within(dialog).getByRole('button', { name: 'Ausblenden', hidden: true }));
    expect(within(dialog).getByText('Bitte geben Sie eine Begründung an.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(mock.result).not.toHaveBeenCalled();
  });

  it('hides the post with the reason and announces it', async () => {
    const mock = {
      request: {
        query: HidePostMutationDocument,
        variables: { postId: 'p-1', reason: 'Beleidigender Inhalt', hidden: true },
      },
      result: vi.fn(() => hideResult(true, 'Beleidigender Inhalt')),
    };
    renderWithProviders(<PostModerationActions post={buildPost()} canModerate />, {
      viewer: moderator,
      mocks: [mock],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ausblenden' }));
    const dialog = screen.getByRole('dialog', { name: 'Beitrag ausblenden', hidden: true });
    await user.type(within(dialog).getByLabelText('Begründung'), 'Beleidigender Inhalt');
    await user.click(within(dialog).getByRole('button', { name: 'Ausblenden', hidden: true }));
    await waitFor(() => expect(mock.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Der Beitrag wurde ausgeblendet.')).toBeTruthy();
  });

  it('shows a FORBIDDEN answer readably inside the dialog', async () => {
    const mock = {
      request: {
        query: HidePostMutationDocument,
        variables: { postId: 'p-1', reason: 'Spam', hidden: true },
      },
      result: graphQLError('FORBIDDEN'),
    };
    renderWithProviders(<PostModerationActions post={buildPost()} canModerate />, {
      viewer: moderator,
      mocks: [mock],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ausblenden' }));
    const dialog = screen.getByRole('dialog', { name: 'Beitrag ausblenden', hidden: true });
    await user.type(within(dialog).getByLabelText('Begründung'), 'Spam');
    await user.click(within(dialog).getByRole('button', { name: 'Ausblenden', hidden: true }));
    expect(await within(dialog).findByText('Für diese Aktion fehlt Ihnen die Berechtigung.')).toBeTruthy();
  });
});
