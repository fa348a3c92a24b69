import { screen } from '@testing-library/react';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { ModerationLayout } from './ModerationLayout';

const boards = [
  { id: 'b-1', slug: 'familie', title: 'Familie & Kind' },
  { id: 'b-2', slug: 'bauen', title: 'Bauen & Wohnen' },
];

describe('ModerationLayout', () => {
  it('shows board moderators only the review queue, naming the boards it covers', async () => {
    renderWithProviders(<ModerationLayout />, { viewer: buildViewer({ moderatedBoards: boards }) });
    const nav = await screen.findByRole('navigation', { name: 'Moderationsbereiche' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Prüfliste']);
    expect(
      screen.getByText(
        'Sie moderieren die Bereiche Familie & Kind, Bauen & Wohnen: Die Prüfliste zeigt Meldungen aus diesen Bereichen.',
      ),
    ).toBeTruthy();
  });

  it('shows global moderators all four pages and no board note', async () => {
    renderWithProviders(<ModerationLayout />, {
      viewer: buildViewer({ role: 'MODERATOR', moderatedBoards: boards.slice(0, 1) }),
    });
    const nav = await screen.findByRole('navigation', { name: 'Moderationsbereiche' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Prüfliste',
      'Freischaltungen',
      'Schlagwörter',
      'Audit-Log',
    ]);
    expect(screen.queryByText(/Sie moderieren/)).toBeNull();
  });
});
