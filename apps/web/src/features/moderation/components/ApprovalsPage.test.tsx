import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { ApproveUserMutationDocument, PendingUsersQueryDocument } from '../graphql/approvals.graphql';
import { ApprovalsPage } from './ApprovalsPage';

const moderator = buildViewer({ id: 'u-mod', role: 'MODERATOR' });

function pending(id: string, displayName: string, emailConfirmed: boolean) {
  return {
    __typename: 'User',
    id,
    displayName,
    email: `${id}@kassel.example`,
    emailDomain: 'kassel.example',
    emailConfirmed,
    createdAt: '2026-11-20T10:00:00.000Z',
    status: 'PENDING',
    organisation: { __typename: 'Organisation', id: 'o-ks', name: 'Stadt Kassel', kind: 'KOMMUNE' },
  };
}

const list = (users: object[]) => ({
  data: {
    pendingUsers: {
      __typename: 'UserConnection',
      edges: users.map((node, i) => ({ __typename: 'UserEdge', cursor: `c-${i}`, node })),
      pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      totalCount: users.length,
    },
  },
});

describe('ApprovalsPage', () => {
  it('marks unconfirmed addresses and approves them only when the moderator vouches', async () => {
    const approved = vi.fn(() => ({
      data: { approveUser: { __typename: 'User', id: 'u-new', status: 'ACTIVE', emailConfirmed: true } },
    }));
    renderWithProviders(<ApprovalsPage />, {
      viewer: moderator,
      mocks: [
        {
          request: { query: PendingUsersQueryDocument, variables: { first: 50 } },
          result: list([pending('u-new', 'Nora Neu', false), pending('u-ok', 'Olaf Ok', true)]),
        },
        {
          request: {
            query: ApproveUserMutationDocument,
            variables: { userId: 'u-new', vouchForEmail: true },
          },
          result: approved,
        },
        {
          request: { query: PendingUsersQueryDocument, variables: { first: 50 } },
          result: list([pending('u-ok', 'Olaf Ok', true)]),
        },
      ] as never,
    });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('E-Mail noch nicht bestätigt')).toBeTruthy();
    expect(within(rows[1]).getByText('Bestätigt')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(within(rows[0]).getByRole('button', { name: 'Nora Neu freischalten' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Konto ohne bestätigte E-Mail-Adresse freischalten',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Bürgen und freischalten' }));
    expect(within(dialog).getByText(/Bitte bestätigen Sie, dass Sie für die Adresse bürgen/)).toBeTruthy();
    expect(approved).not.toHaveBeenCalled();

    await user.click(
      within(dialog).getByRole('checkbox', { name: /Ich bürge dafür, dass u-new@kassel.example/ }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Bürgen und freischalten' }));
    await waitFor(() => expect(approved).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Nora Neu wurde freigeschaltet.')).toBeTruthy();
  });
});
