import { screen, waitFor } from '@testing-library/react';
import { useParams } from 'react-router';
import { renderWithProviders } from '@/test/render';
import { MergedThreadNotice } from './MergedThreadNotice';

function Page({ resolvedId }: { resolvedId: string }) {
  const { threadId = '' } = useParams();
  return <MergedThreadNotice routeId={threadId} threadId={resolvedId} />;
}

describe('MergedThreadNotice', () => {
  it('replaces the address of a merged question by its target and explains why', async () => {
    const { router } = renderWithProviders(<Page resolvedId="t-target" />, {
      route: '/fragen/t-source',
      path: '/fragen/:threadId',
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/fragen/t-target'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(await screen.findByText('Diese Frage wurde zusammengeführt.')).toBeTruthy();
  });

  it('shows nothing for an ordinary question', async () => {
    const { router } = renderWithProviders(<Page resolvedId="t-1" />, {
      route: '/fragen/t-1',
      path: '/fragen/:threadId',
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(router.state.location.pathname).toBe('/fragen/t-1');
    expect(screen.queryByText('Diese Frage wurde zusammengeführt.')).toBeNull();
  });
});
