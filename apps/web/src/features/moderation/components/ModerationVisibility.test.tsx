import { screen } from '@testing-library/react';
import { buildPost, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { OpenFlagCountQueryDocument, ThreadModerationInfoQueryDocument } from '../graphql/moderation.graphql';
import { useCanModerateThread } from '../hooks/use-can-moderate';
import { ModerationNavLink } from './ModerationNavLink';
import { PostModerationActions } from './PostModerationActions';
import { ThreadModerationControls } from './ThreadModerationControls';

const thread = {
  id: 't-1',
  locked: false,
  pinned: true,
  state: 'OPEN' as const,
  topic: { id: 'tp-1', board: { id: 'b-1' } },
};

/** What the thread page renders: controls and post actions gated by useCanModerateThread. */
function ThreadTools() {
  const canModerate = useCanModerateThread('t-1');
  return (
    <>
      <ThreadModerationControls thread={thread} canModerate={canModerate} />
      <PostModerationActions post={buildPost({ id: 'p-1' })} canModerate={canModerate} />
    </>
  );
}

function infoMock(moderatorIds: string[]) {
  return {
    request: { query: ThreadModerationInfoQueryDocument, variables: { id: 't-1' } },
    result: {
      data: {
        thread: {
          __typename: 'Thread',
          id: 't-1',
          topic: {
            __typename: 'Topic',
            id: 'tp-1',
            board: {
              __typename: 'Board',
              id: 'b-1',
              moderators: moderatorIds.map((id) => ({ __typename: 'User', id })),
            },
          },
        },
      },
    },
  };
}

describe('moderation controls by role', () => {
  it('an ordinary user may report others’ posts but sees no moderation controls', async () => {
    renderWithProviders(<ThreadTools />, { viewer: buildViewer({ id: 'u-me' }), mocks: [infoMock([])] });
    expect(await screen.findByRole('button', { name: /melden/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ausblenden' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sperren' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Moderation' })).toBeNull();
  });

  it('nobody is offered to report their own post', async () => {
    renderWithProviders(<PostModerationActions post={buildPost({ id: 'p-1' })} canModerate={false} />, {
      viewer: buildViewer({ id: 'u-1' }),
    });
    // buildPost's author is u-1: the viewer's own post.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button', { name: /melden/ })).toBeNull();
  });

  it('a global moderator gets lock, pin (as "Nicht mehr anheften" when pinned), move, merge and hide', async () => {
    renderWithProviders(<ThreadTools />, { viewer: buildViewer({ id: 'u-mod', role: 'MODERATOR' }) });
    expect(await screen.findByRole('button', { name: 'Sperren' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nicht mehr anheften' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Verschieben' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zusammenführen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ausblenden' })).toBeTruthy();
  });

  it('a board moderator (role USER) gets the controls on their own board only', async () => {
    const { unmount } = renderWithProviders(<ThreadTools />, {
      viewer: buildViewer({ id: 'u-boardmod' }),
      mocks: [infoMock(['u-boardmod'])],
    });
    expect(await screen.findByRole('button', { name: 'Sperren' })).toBeTruthy();
    unmount();

    renderWithProviders(<ThreadTools />, {
      viewer: buildViewer({ id: 'u-boardmod' }),
      mocks: [infoMock(['someone-else'])],
    });
    await screen.findByRole('button', { name: /melden/ });
    expect(screen.queryByRole('button', { name: 'Sperren' })).toBeNull();
  });

  it('the header link shows the number of open flags to moderators only', async () => {
    const countMock = {
      request: { query: OpenFlagCountQueryDocument },
      result: { data: { flags: { __typename: 'FlagConnection', totalCount: 3 } } },
    };
    const { unmount } = renderWithProviders(
      <ul>
        <ModerationNavLink />
      </ul>,
      { viewer: buildViewer({ role: 'MODERATOR' }), mocks: [countMock] },
    );
    const link = await screen.findByRole('link', { name: /^Moderation\s*, 3 offene Meldungen$/ });
    expect(link.getAttribute('href')).toBe('/moderation');
    unmount();

    renderWithProviders(
      <ul>
        <ModerationNavLink />
      </ul>,
      { viewer: buildViewer({ role: 'USER' }) },
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('link', { name: /Moderation/ })).toBeNull();
  });

  it('the header link is there for board moderators (role USER) too', async () => {
    const countMock = {
      request: { query: OpenFlagCountQueryDocument },
      result: { data: { flags: { __typename: 'FlagConnection', totalCount: 1 } } },
    };
    renderWithProviders(
      <ul>
        <ModerationNavLink />
      </ul>,
      {
        viewer: buildViewer({
          moderatedBoards: [{ id: 'b-1', slug: 'familie', title: 'Familie & Kind' }],
        }),
        mocks: [countMock],
      },
    );
    expect(await screen.findByRole('link', { name: /^Moderation\s*, 1 offene Meldung$/ })).toBeTruthy();
  });
});
