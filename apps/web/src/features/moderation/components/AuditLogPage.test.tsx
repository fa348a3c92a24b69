import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { AuditActorsQueryDocument, AuditLogQueryDocument } from '../graphql/moderation.graphql';
import { AuditLogPage, AUDIT_PAGE_SIZE } from './AuditLogPage';

const moderator = buildViewer({ id: 'u-mod', role: 'MODERATOR' });

const LABELS: Record<string, [string | null, string | null]> = {
  THREAD: ['Wie binden wir den Dienst an?', '/fragen/th-1'],
  POST: ['„Unfreundlicher Text“ in „Streit um die Schnittstelle“', '/fragen/th-9#post-p-bad'],
  USER: ['Gelöschtes Konto', null],
};

function entry(id: string, action: string, targetType: string, reason: string | null = null) {
  const [targetLabel, targetPath] = LABELS[targetType] ?? [null, null];
  return {
    __typename: 'AuditEntry',
    id,
    action,
    targetType,
    targetId: `${id}-target-0000`,
    targetLabel,
    targetPath,
    reason,
    createdAt: '2026-11-20T10:00:00.000Z',
    actor: {
      __typename: 'User',
      id: 'u-mod',
      displayName: 'Mona Moderation',
      organisation: { __typename: 'Organisation', id: 'o-fitko', name: 'FITKO' },
    },
  };
}

const actorsMock = {
  request: { query: AuditActorsQueryDocument },
  result: {
    data: {
      auditActors: [
        {
          __typename: 'User',
          id: 'u-mod',
          displayName: 'Mona Moderation',
          organisation: { __typename: 'Organisation', id: 'o-fitko', name: 'FITKO' },
        },
      ],
    },
  },
  maxUsageCount: 5,
};

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

const vars = (action: string | null, targetType: string | null, actorId: string | null = null) => ({
  first: AUDIT_PAGE_SIZE,
  action,
  actorId,
  targetType,
});

describe('AuditLogPage', () => {
  it('names each object with a link, the actor with organisation, and filters by action, actor and type', async () => {
    const filtered = vi.fn(() => page([entry('a2', 'POST_HIDDEN', 'POST', 'Beleidigung')]));
    renderWithProviders(<AuditLogPage />, {
      viewer: moderator,
      mocks: [
        actorsMock,
        {
          request: { query: AuditLogQueryDocument, variables: vars(null, null) },
          result: page([
            entry('a1', 'THREAD_LOCKED', 'THREAD', 'Ruhe bitte'),
            entry('a2', 'POST_HIDDEN', 'POST', 'Beleidigung'),
            entry('a3', 'USER_REJECTED', 'USER', 'Keine Behörde'),
          ]),
        },
        {
          request: { query: AuditLogQueryDocument, variables: vars('POST_HIDDEN', 'POST', 'u-mod') },
          result: filtered,
        },
      ],
    });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Frage gesperrt')).toBeTruthy();
    expect(screen.getByText('3 Einträge')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Wie binden wir den Dienst an?' }).getAttribute('href')).toBe(
      '/fragen/th-1',
    );
    expect(
      screen
        .getByRole('link', { name: '„Unfreundlicher Text“ in „Streit um die Schnittstelle“' })
        .getAttribute('href'),
    ).toBe('/fragen/th-9#post-p-bad');
    // An object that no longer has a page is named without a link.
    expect(within(table).getByText('Gelöschtes Konto').closest('a')).toBeNull();
    expect(within(table).getAllByText('FITKO')).toHaveLength(3);
    expect(within(table).getByText('Ruhe bitte')).toBeTruthy();
    expect(screen.queryByText(/a1-targe/)).toBeNull();

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Aktion'), 'POST_HIDDEN');
    await waitFor(() => expect(within(screen.getByLabelText('Wer')).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(screen.getByLabelText('Wer'), 'u-mod');
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
        actorsMock,
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
