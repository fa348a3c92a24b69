import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import {
  FlagQueueQueryDocument,
  HidePostMutationDocument,
  OpenFlagCountQueryDocument,
  ResolveFlagsForPostMutationDocument,
} from '../graphql/moderation.graphql';
import { buildQueueFlag } from '../test/builders';
import { FlagQueuePage } from './FlagQueuePage';

const moderator = buildViewer({ id: 'u-mod', role: 'MODERATOR' });

function queue(flags: ReturnType<typeof buildQueueFlag>[]) {
  return {
    data: {
      flags: {
        __typename: 'FlagConnection',
        edges: flags.map((node) => ({ __typename: 'FlagEdge', cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        totalCount: flags.length,
      },
    },
  };
}

const twoReportsOfOnePost = [
  buildQueueFlag({ id: 'f-1', reason: 'BELEIDIGUNG', comment: 'Ton geht gar nicht' }),
  buildQueueFlag({
    id: 'f-2',
    reason: 'SPAM',
    reporter: {
      __typename: 'User',
      id: 'u-2',
      displayName: 'Otto Ordnung',
      organisation: { __typename: 'Organisation', id: 'o-9', name: 'Gemeinde Nord' },
    } as ReturnType<typeof buildQueueFlag>['reporter'],
  }),
];

function queueMock(result: ReturnType<typeof queue>) {
  return {
    request: { query: FlagQueueQueryDocument, variables: { state: 'OPEN', first: 50 } },
    result,
  };
}

const countMock = {
  request: { query: OpenFlagCountQueryDocument },
  result: { data: { flags: { __typename: 'FlagConnection', totalCount: 0 } } },
  maxUsageCount: 5,
};

describe('FlagQueuePage', () => {
  it('shows a flagged post in context with all its reports grouped', async () => {
    renderWithProviders(<FlagQueuePage />, {
      viewer: moderator,
      mocks: [queueMock(queue(twoReportsOfOnePost))],
    });
    const item = (await screen.findByRole('link', { name: 'Streit um die Schnittstelle' })).closest(
      'article',
    )!;
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(within(item).getByRole('link', { name: 'Streit um die Schnittstelle' }).getAttribute('href')).toBe(
      '/fragen/t-9#post-p-bad',
    );
    expect(within(item).getByText('Text').tagName).toBe('EM');
    expect(within(item).getByText('Beleidigung oder unangemessener Ton')).toBeTruthy();
    expect(within(item).getByText('Spam oder Werbung')).toBeTruthy();
    expect(within(item).getByText('„Ton geht gar nicht“')).toBeTruthy();
    expect(within(item).getByText(/gemeldet von Otto Ordnung/)).toBeTruthy();
    expect(within(item).getByText('2 Meldungen')).toBeTruthy();
  });

  it('"Meldung zurückweisen" dismisses all reports of the post and reloads the queue', async () => {
    const resolve = {
      request: {
        query: ResolveFlagsForPostMutationDocument,
        variables: { postId: 'p-bad', dismiss: true, note: 'Sachlich vertretbar' },
      },
      result: vi.fn(() => ({
        data: {
          resolveFlagsForPost: ['f-1', 'f-2'].map((id) => ({
            __typename: 'Flag',
            id,
            state: 'DISMISSED',
            resolvedAt: '2026-11-21T10:00:00.000Z',
            resolutionNote: 'Sachlich vertretbar',
          })),
        },
      })),
    };
    renderWithProviders(<FlagQueuePage />, {
      viewer: moderator,
      mocks: [queueMock(queue(twoReportsOfOnePost)), resolve, queueMock(queue([])), countMock],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Notiz zur Entscheidung/), 'Sachlich vertretbar');
    await user.click(screen.getByRole('button', { name: 'Meldung zurückweisen' }));
    await waitFor(() => expect(resolve.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Die Meldungen wurden zurückgewiesen.')).toBeTruthy();
    expect(await screen.findByText('Es liegen keine offenen Meldungen vor.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('0 Meldungen'));
  });

  it('"Erledigt" resolves the reports without a note', async () => {
    const resolve = {
      request: {
        query: ResolveFlagsForPostMutationDocument,
        variables: { postId: 'p-bad', dismiss: false, note: null },
      },
      result: vi.fn(() => ({ data: { resolveFlagsForPost: [] } })),
    };
    renderWithProviders(<FlagQueuePage />, {
      viewer: moderator,
      mocks: [queueMock(queue(twoReportsOfOnePost)), resolve, queueMock(queue([])), countMock],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Erledigt' }));
    await waitFor(() => expect(resolve.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Die Meldungen wurden als erledigt markiert.')).toBeTruthy();
    expect(await screen.findByText('Es liegen keine offenen Meldungen vor.')).toBeTruthy();
  });

  it('"Beitrag ausblenden" asks for a reason, hides the post and thereby closes the reports', async () => {
    const hide = {
      request: {
        query: HidePostMutationDocument,
        variables: { postId: 'p-bad', reason: 'Beleidigung eines Kollegen', hidden: true },
      },
      result: vi.fn(() => ({
        data: {
          hidePost: {
            __typename: 'Post',
            id: 'p-bad',
            hidden: true,
            hiddenReason: 'Beleidigung eines Kollegen',
            body: 'x',
            bodyHtml: '<p>x</p>',
          },
        },
      })),
    };
    renderWithProviders(<FlagQueuePage />, {
      viewer: moderator,
      mocks: [queueMock(queue(twoReportsOfOnePost)), hide, queueMock(queue([])), countMock],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Beitrag ausblenden' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    await user.type(within(dialog).getByLabelText('Begründung'), 'Beleidigung eines Kollegen');
    await user.click(within(dialog).getByRole('button', { name: 'Ausblenden', hidden: true }));
    await waitFor(() => expect(hide.result).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText('Der Beitrag wurde ausgeblendet; die Meldungen sind erledigt.'),
    ).toBeTruthy();
  });
});
