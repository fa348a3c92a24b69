import { screen } from '@testing-library/react';
import { buildViewer } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { RequireViewer } from './RequireViewer';

const protectedRoutes = [
  { path: '/', element: <p>Startseite</p> },
  {
    element: <RequireViewer />,
    children: [{ path: '/bereiche', element: <p>Bereichsübersicht</p> }],
  },
];

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
});
