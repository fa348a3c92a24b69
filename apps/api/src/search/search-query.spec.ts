import { buildTsQuery } from './search-query';

describe('buildTsQuery', () => {
  it('ANDs words and searches both umlaut spellings', () => {
    expect(buildTsQuery('Fuehrerschein Antrag')).toBe("('fuehrerschein' | 'führerschein') & 'antrag'");
  });

  it('supports phrases, exclusion and OR like web search', () => {
    expect(buildTsQuery('"digitale Baugenehmigung" -papier')).toBe(
      "('digitale' <-> 'baugenehmigung') & !'papier'",
    );
    expect(buildTsQuery('Wohngeld BAföG OR Elterngeld')).toBe("'wohngeld' & ('bafög' | 'elterngeld')");
  });

  it('treats the last word as a prefix while typing, not after a space', () => {
    expect(buildTsQuery('Schnittst', { prefixLast: true })).toBe("'schnittst':*");
    expect(buildTsQuery('Schnittst ', { prefixLast: true })).toBe("'schnittst'");
  });

  it('neutralises syntax and injection attempts', () => {
    expect(buildTsQuery("' OR 1=1 --")).toBe("'1' & '1'");
    expect(buildTsQuery('"unbalanced quote')).toBe("('unbalanced' <-> 'quote')");
    expect(buildTsQuery('a & b | !c :*')).toBe("'a' & 'b' & 'c'");
    expect(buildTsQuery('!!! ??? ')).toBeNull();
    expect(buildTsQuery('-nur -ausschluss')).toBeNull();
  });

  it('joins terms with OR for similar questions', () => {
    expect(buildTsQuery('Anbindung Fachverfahren', { anyTerm: true, prefixLast: true })).toBe(
      "'anbindung' | 'fachverfahren':*",
    );
  });

  it('keeps hyphenated words together and limits the number of terms', () => {
    expect(buildTsQuery('OZG-Leistung')).toBe("'ozg-leistung'");
    expect(buildTsQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))?.split(' & ')).toHaveLength(
      20,
    );
  });
});
