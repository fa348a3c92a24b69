import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '@/test/render';
import { RenderMarkdownQueryDocument } from '../graphql/post.graphql';
import { MarkdownEditor } from './MarkdownEditor';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <MarkdownEditor id="body" label="Ihre Antwort" value={value} onChange={setValue} />;
}

const renderMock = {
  request: { query: RenderMarkdownQueryDocument, variables: { body: '**Hallo** Welt' } },
  result: { data: { renderMarkdown: '<p><strong>Hallo</strong> Welt</p>' } },
};

describe('MarkdownEditor', () => {
  it('switches to the server-rendered preview and back', async () => {
    renderWithProviders(<Harness />, { mocks: [renderMock] });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Ihre Antwort'), '**Hallo** Welt');

    await user.click(screen.getByRole('tab', { name: 'Vorschau' }));
    expect(screen.getByRole('tab', { name: 'Vorschau' }).getAttribute('aria-selected')).toBe('true');
    expect((await screen.findByText('Hallo')).tagName).toBe('STRONG');
    expect(screen.getByLabelText('Ihre Antwort').closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(
      true,
    );

    await user.click(screen.getByRole('tab', { name: 'Schreiben' }));
    const textarea = screen.getByLabelText('Ihre Antwort') as HTMLTextAreaElement;
    expect(textarea.closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(false);
    expect(textarea.value).toBe('**Hallo** Welt');
  });

  it('shows a hint instead of calling the server when there is nothing to preview', async () => {
    renderWithProviders(<Harness />, { mocks: [] });
    await userEvent.setup().click(await screen.findByRole('tab', { name: 'Vorschau' }));
    expect(screen.getByText('Nichts zur Vorschau vorhanden.')).toBeTruthy();
  });

  it('moves between tabs with the arrow keys', async () => {
    renderWithProviders(<Harness initial="**Hallo** Welt" />, { mocks: [renderMock] });
    const user = userEvent.setup();
    const write = await screen.findByRole('tab', { name: 'Schreiben' });
    write.focus();
    await user.keyboard('{ArrowRight}');
    const preview = screen.getByRole('tab', { name: 'Vorschau' });
    expect(document.activeElement).toBe(preview);
    expect(preview.getAttribute('aria-selected')).toBe('true');
    expect(write.getAttribute('tabindex')).toBe('-1');
  });
});
