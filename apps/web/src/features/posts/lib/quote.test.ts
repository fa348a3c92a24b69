import { appendQuote, formatQuote } from './quote';

describe('quote', () => {
  it('formats every line as a Markdown quote followed by an empty line', () => {
    expect(formatQuote('Erste Zeile\nZweite Zeile')).toBe('> Erste Zeile\n> Zweite Zeile\n\n');
    expect(appendQuote('Vorher', 'Zitat')).toBe('Vorher\n\n> Zitat\n\n');
    expect(appendQuote('', '   ')).toBe('');
  });
});
