import { findMentionQuery, insertMention } from './mention-query';

describe('findMentionQuery', () => {
  it('finds "@" plus text just before the caret, at the start or after a space', () => {
    expect(findMentionQuery('@Th', 3)).toEqual({ start: 0, text: 'Th' });
    expect(findMentionQuery('Hallo @Thomas W', 15)).toEqual({ start: 6, text: 'Thomas W' });
  });

  it('ignores e-mail addresses, a lone "@", line breaks, long text and a finished mention', () => {
    expect(findMentionQuery('mail an info@kommune.de', 23)).toBeNull();
    expect(findMentionQuery('Hallo @', 7)).toBeNull();
    expect(findMentionQuery('@Thomas\nWagner', 14)).toBeNull();
    expect(findMentionQuery('@eins zwei drei vier fünf', 25)).toBeNull();
    expect(findMentionQuery('@Thomas Wagner ', 15)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces the typed text with "@Display Name " and puts the caret after it', () => {
    const value = 'Frage an @tho bitte';
    const result = insertMention(value, { start: 9, text: 'tho' }, 13, 'Thomas Wagner');
    expect(result.value).toBe('Frage an @Thomas Wagner bitte');
    expect(result.caret).toBe('Frage an @Thomas Wagner '.length);
  });
});
