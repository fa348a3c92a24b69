import { screen } from '@testing-library/react';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { RequireViewer } from './RequireViewer';

const protectedRoutes = [
  { path: '/', element: <p>Startseite</p> },
  {
    element: <RequireViewer />,
    children: [{ path: '/bereiche', element: <p>Bereichsübersicht</p> }],
  },
  {
    element: <RequireViewer access="moderation" />,
    children: [
      { path: '/moderation/pruefliste', element: <p>Prüfliste</p> },
      {
        element: <RequireViewer access="globalModeration" />,
        children: [{ path: '/moderation/audit-log', element: <p>Audit-Log</p> }],
      },
    ],
  },
];

const boardModerator = buildViewer({
  moderatedBoards: [{ id: 'b-1', slug: 'familie', title: 'Familie & Kind' }],
});

function visit(route: string, viewer: ReturnType<typeof buildViewer>) {
  return renderWithProviders(<p>unused</p>, { path: '/unused', route, extraRoutes: protectedRoutes, viewer });
}

describe('RequireViewer', () => {
  it('sends guests to the landing page', async () => {
    const { router } = renderWithProviders(<p>unused</p>, {
      path: '/unused',
      route: '/bereiche',
      extraRoutes: protectedRoutes,
    });
    expect(await screen.findByText('Startseite')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
  });

  it('lets signed-in users through', async () => {
    renderWithProviders(<p>unused</p>, {
      path: '/unused',
      route: '/bereiche',
      extraRoutes: protectedRoutes,
      viewer: buildViewer(),
    });
    expect(await screen.findByText('Bereichsübersicht')).toBeTruthy();
  });

  it('admits board moderators to the review queue but not to approvals and the audit log', async () => {
    const { unmount } = visit('/moderation/pruefliste', boardModerator);
    expect(await screen.findByText('Prüfliste')).toBeTruthy();
    unmount();

    const { router } = visit('/moderation/audit-log', boardModerator);
    expect(await screen.findByText('Prüfliste')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/moderation/pruefliste');
  });

  it('sends ordinary users away from /moderation and lets global moderators everywhere', async () => {
    const { router, unmount } = visit('/moderation/pruefliste', buildViewer());
    expect(await screen.findByText('Bereichsübersicht')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/bereiche');
    unmount();

    visit('/moderation/audit-log', buildViewer({ role: 'MODERATOR' }));
    expect(await screen.findByText('Audit-Log')).toBeTruthy();
  });
});
