import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '@/test/render';
import { MentionableUsersQueryDocument } from '@/features/mentions/graphql/mentions.graphql';
import { MarkdownEditor } from './MarkdownEditor';

function Harness() {
  const [value, setValue] = useState('');
  return <MarkdownEditor id="reply-body" label="Ihre Antwort" value={value} onChange={setValue} />;
}

const users = [
  {
    __typename: 'User',
    id: 'u-1',
    displayName: 'Thomas Wagner',
    organisation: { __typename: 'Organisation', id: 'o-he', name: 'Hessen' },
  },
  {
    __typename: 'User',
    id: 'u-2',
    displayName: 'Thea Kommunal',
    organisation: { __typename: 'Organisation', id: 'o-1', name: 'Stadt Kassel' },
  },
];

function searchMock(search: string) {
  const result = vi.fn(() => ({ data: { mentionableUsers: users } }));
  return {
    mock: {
      request: { query: MentionableUsersQueryDocument, variables: { search, first: 6 } },
      result,
      maxUsageCount: 3,
    },
    result,
  };
}

async function typeMention(text: string) {
  const search = searchMock(text.slice(text.lastIndexOf('@') + 1));
  renderWithProviders(<Harness />, { mocks: [search.mock] });
  const user = userEvent.setup();
  const textarea = (await screen.findByRole('combobox', { name: 'Ihre Antwort' })) as HTMLTextAreaElement;
  await user.type(textarea, text);
  await screen.findByRole('option', { name: /Thomas Wagner/ });
  return { user, textarea, search };
}

describe('Mention autocomplete', () => {
  it('suggests people after "@" and one character (debounced) in an ARIA combobox', async () => {
    const { textarea, search } = await typeMention('Hallo @T');
    expect(search.result).toHaveBeenCalledTimes(1);
    const listbox = screen.getByRole('listbox', { name: 'Personen erwähnen' });
    expect(textarea.getAttribute('aria-expanded')).toBe('true');
    expect(textarea.getAttribute('aria-controls')).toBe(listbox.id);
    expect(textarea.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { name: /Thomas Wagner/ }).id,
    );
    expect(screen.getByRole('option', { name: /Thomas Wagner/ }).getAttribute('aria-selected')).toBe('true');
    expect(
      screen.getByText('2 Vorschläge. Auswahl mit Pfeiltasten, Übernehmen mit Eingabetaste.'),
    ).toBeTruthy();
  });

  it('moves with the arrow keys and inserts "@Display Name " with Enter, keeping focus', async () => {
    const { user, textarea } = await typeMention('Frage an @Th');
    await user.keyboard('{ArrowDown}');
    const thea = screen.getByRole('option', { name: /Thea Kommunal/ });
    expect(textarea.getAttribute('aria-activedescendant')).toBe(thea.id);
    await user.keyboard('{ArrowDown}');
    expect(textarea.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { name: /Thomas Wagner/ }).id,
    );
    await user.keyboard('{ArrowUp}{Enter}');

    expect(textarea.value).toBe('Frage an @Thea Kommunal ');
    expect(textarea.getAttribute('aria-expanded')).toBe('false');
    expect(textarea.selectionStart).toBe(textarea.value.length);
    expect(document.activeElement).toBe(textarea);
  });

  it('inserts with Tab, and Escape closes the suggestions without touching the text', async () => {
    const { user, textarea } = await typeMention('@Th');
    await user.keyboard('{Escape}');
    expect(textarea.getAttribute('aria-expanded')).toBe('false');
    expect(textarea.hasAttribute('aria-activedescendant')).toBe(false);
    expect(textarea.value).toBe('@Th');

    await user.type(textarea, ' und @T');
    await screen.findByRole('option', { name: /Thomas Wagner/ });
    await user.keyboard('{Tab}');
    expect(textarea.value).toBe('@Th und @Thomas Wagner ');
    expect(document.activeElement).toBe(textarea);
  });

  it('does not search for a bare "@" or an e-mail address', async () => {
    const search = searchMock('x');
    renderWithProviders(<Harness />, { mocks: [search.mock] });
    const textarea = (await screen.findByRole('combobox', { name: 'Ihre Antwort' })) as HTMLTextAreaElement;
    await userEvent.setup().type(textarea, 'info@kommune.de @');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await waitFor(() => expect(textarea.getAttribute('aria-expanded')).toBe('false'));
    expect(search.result).not.toHaveBeenCalled();
  });
});
