import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildPost, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { PostItem } from './PostItem';

describe('quoting a post', () => {
  it('"Zitieren" on a post hands over the whole post, reachable by keyboard', async () => {
    const onQuote = vi.fn();
    renderWithProviders(
      <PostItem
        post={buildPost({
          body: 'Wir nutzen **FIT-Connect**.',
          author: { ...buildPost().author, displayName: 'Lars Land' },
        })}
        isQuestion={false}
        canAccept={false}
        onQuote={onQuote}
      />,
      { viewer: buildViewer() },
    );
    const button = await screen.findByRole('button', { name: 'Beitrag von Lars Land zitieren' });
    button.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(onQuote).toHaveBeenCalledWith('Wir nutzen **FIT-Connect**.');
  });

  it('offers "Auswahl zitieren" for text selected inside the post', async () => {
    const onQuote = vi.fn();
    renderWithProviders(
      <PostItem
        post={buildPost({ bodyHtml: '<p>Erster Satz. Zweiter Satz.</p>' })}
        isQuestion={false}
        canAccept={false}
        onQuote={onQuote}
      />,
      { viewer: buildViewer() },
    );
    const paragraph = await screen.findByText('Erster Satz. Zweiter Satz.');
    act(() => {
      const range = document.createRange();
      range.setStart(paragraph.firstChild!, 0);
      range.setEnd(paragraph.firstChild!, 12);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Auswahl zitieren' }));
    expect(onQuote).toHaveBeenCalledWith('Erster Satz.');
  });
});
