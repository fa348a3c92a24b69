import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { vi } from 'vitest';
import { buildPost, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { PostItem } from './PostItem';
import { ReplyForm, type ReplyFormHandle } from '@/pages/thread/ReplyForm';
import { appendQuote, formatQuote } from '../lib/quote';

describe('quoting', () => {
  it('formats every line as a Markdown quote followed by an empty line', () => {
    expect(formatQuote('Erste Zeile\nZweite Zeile')).toBe('> Erste Zeile\n> Zweite Zeile\n\n');
    expect(appendQuote('Vorher', 'Zitat')).toBe('Vorher\n\n> Zitat\n\n');
    expect(appendQuote('', '   ')).toBe('');
  });

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

  it('inserts the quote into the reply editor and focuses it', async () => {
    const ref = createRef<ReplyFormHandle>();
    renderWithProviders(<ReplyForm ref={ref} threadId="t-1" onCreated={vi.fn()} />);
    const editor = (await screen.findByLabelText('Ihre Antwort')) as HTMLTextAreaElement;
    act(() => ref.current?.insertQuote('Zitierter Text'));
    await waitFor(() => expect(editor.value).toBe('> Zitierter Text\n\n'));
    expect(document.activeElement).toBe(editor);
  });
});
