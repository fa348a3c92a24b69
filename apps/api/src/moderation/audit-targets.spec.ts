import { excerpt } from './audit-targets';

describe('excerpt', () => {
  it('reduces markdown to its words', () => {
    expect(
      excerpt('## Frage\n\n> Zitat\n\n**Wichtig:** siehe [die Checkliste](https://x.example) und `code`'),
    ).toBe('Frage Zitat Wichtig: siehe die Checkliste und code');
  });

  it('cuts long posts with an ellipsis', () => {
    const text = excerpt('Wort '.repeat(40));
    expect(text.length).toBeLessThanOrEqual(80);
    expect(text.endsWith('…')).toBe(true);
  });
});
