import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildViewer } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { AuditLogQueryDocument } from '../graphql/moderation.graphql';
import { AuditLogPage, AUDIT_PAGE_SIZE } from './AuditLogPage';

const moderator = buildViewer({ id: 'u-mod', role: 'MODERATOR' });

function entry(id: string, action: string, targetType: string, reason: string | null = null) {
  return {
    __typename: 'AuditEntry',
    id,
    action,
    targetType,
    targetId: `${id}-target-0000`,
    reason,
    createdAt: '2026-11-20T10:00:00.000Z',
    actor: { __typename: 'User', id: 'u-mod', displayName: 'Mona Moderation' },
  };
}

function page(entries: ReturnType<typeof entry>[], hasNextPage = false) {
  return {
    data: {
      auditLog: {
        __typename: 'AuditEntryConnection',
        edges: entries.map((node) => ({ __typename: 'AuditEntryEdge', cursor: `c-${node.id}`, node })),
        pageInfo: {
          __typename: 'PageInfo',
          endCursor: entries.at(-1) ? `c-${entries.at(-1)!.id}` : null,
          hasNextPage,
        },
        totalCount: entries.length + (hasNextPage ? 1 : 0),
      },
    },
  };
}

const vars = (action: string | null, targetType: string | null) => ({
  first: AUDIT_PAGE_SIZE,
  action,
  targetType,
});

describe('AuditLogPage', () => {
  it('lists entries with translated actions and filters by action and target type', async () => {
    const filtered = vi.fn(() => page([entry('a2', 'POST_HIDDEN', 'POST', 'Beleidigung')]));
    renderWithProviders(<AuditLogPage />, {
      viewer: moderator,
      mocks: [
        {
          request: { query: AuditLogQueryDocument, variables: vars(null, null) },
          result: page([
            entry('a1', 'THREAD_LOCKED', 'THREAD'),
            entry('a2', 'POST_HIDDEN', 'POST', 'Beleidigung'),
          ]),
        },
        {
          request: { query: AuditLogQueryDocument, variables: vars('POST_HIDDEN', 'POST') },
          result: filtered,
        },
      ],
    });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Frage gesperrt')).toBeTruthy();
    expect(screen.getByText('2 Einträge')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Frage a1-targe' }).getAttribute('href')).toBe(
      '/fragen/a1-target-0000',
    );

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Aktion'), 'POST_HIDDEN');
    await user.selectOptions(screen.getByLabelText('Objekttyp'), 'POST');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    await waitFor(() => expect(filtered).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('1 Eintrag')).toBeTruthy();
    const filteredTable = screen.getByRole('table');
    expect(within(filteredTable).queryByText('Frage gesperrt')).toBeNull();
    expect(within(filteredTable).getByText('Beitrag ausgeblendet')).toBeTruthy();
  });

  it('loads older entries with "Mehr laden"', async () => {
    const more = vi.fn(() => page([entry('a9', 'USER_SUSPENDED', 'USER', 'Spam')]));
    renderWithProviders(<AuditLogPage />, {
      viewer: moderator,
      mocks: [
        {
          request: { query: AuditLogQueryDocument, variables: vars(null, null) },
          result: page([entry('a1', 'THREAD_LOCKED', 'THREAD')], true),
        },
        {
          request: { query: AuditLogQueryDocument, variables: { ...vars(null, null), after: 'c-a1' } },
          result: more,
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Mehr laden' }));
    await waitFor(() => expect(more).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(within(screen.getByRole('table')).getByText('Konto gesperrt')).toBeTruthy());
    expect(within(screen.getByRole('table')).getByText('Frage gesperrt')).toBeTruthy();
  });
});
