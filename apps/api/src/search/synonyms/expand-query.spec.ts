import { expandQuery, foldWord, type SynonymGroup } from './expand-query';

const EWA: SynonymGroup = {
  topicId: 'ewa',
  terms: ['Elektronische Wohnsitzanmeldung (eWA)', 'Ummeldung', 'Umzug melden', 'Wohnsitzanmeldung'],
};
const KFZ: SynonymGroup = {
  topicId: 'kfz',
  terms: ['Internetbasierte Fahrzeugzulassung (i-Kfz)', 'Ummeldung Auto'],
};
const GROUPS = [EWA, KFZ];
const EWA_TERMS =
  "(('elektronische' & 'wohnsitzanmeldung' & 'ewa') | 'ummeldung' | ('umzug' & 'melden') | 'wohnsitzanmeldung')";

describe('expandQuery (synonyms of the EfA services)', () => {
  it('folds case, umlauts and ß', () => {
    expect(foldWord('Führerschein')).toBe('fuehrerschein');
    expect(foldWord('STRAßE')).toBe('strasse');
  });

  it('leaves a query without a service word as buildTsQuery makes it', () => {
    expect(expandQuery('Schnittstelle Fachverfahren', GROUPS)).toEqual({
      tsquery: "'schnittstelle' & 'fachverfahren'",
      topicIds: [],
    });
    expect(expandQuery('  ', GROUPS)).toEqual({ tsquery: null, topicIds: [] });
  });

  it('expands a synonym to every term of its service', () => {
    expect(expandQuery('Ummeldung', GROUPS)).toEqual({
      tsquery: `('ummeldung') | ${EWA_TERMS}`,
      topicIds: ['ewa'],
    });
  });

  it('keeps the remaining words of the query as a condition', () => {
    expect(expandQuery('Gebühren Ummeldung', GROUPS).tsquery).toBe(
      `('gebühren' & 'ummeldung') | (${EWA_TERMS} & ('gebühren'))`,
    );
  });

  it('matches several-word synonyms and ignores case and umlaut spelling', () => {
    const expanded = expandQuery('umzug MELDEN Frist', GROUPS);
    expect(expanded.topicIds).toEqual(['ewa']);
    expect(expanded.tsquery).toContain(`(${EWA_TERMS} & ('frist'))`);
  });

  it('prefers the longest matching term and may match several services', () => {
    const expanded = expandQuery('Ummeldung Auto', GROUPS);
    expect(expanded.topicIds).toEqual(['ewa', 'kfz']);
    expect(expanded.tsquery).toContain(`(${EWA_TERMS} & ('auto'))`);
    expect(expanded.tsquery).toContain(
      "(('internetbasierte' & 'fahrzeugzulassung' & 'i-kfz') | ('ummeldung' & 'auto'))",
    );
  });

  it('does not expand negated words or quoted phrases', () => {
    expect(expandQuery('Meldebehörde -Ummeldung', GROUPS).topicIds).toEqual([]);
    expect(expandQuery('"Ummeldung online"', GROUPS).topicIds).toEqual([]);
  });

  it('does not expand a word that is still being typed into a longer one', () => {
    expect(expandQuery('Ummeld', GROUPS, { prefixLast: true })).toEqual({
      tsquery: "'ummeld':*",
      topicIds: [],
    });
  });

  it('ORs the rest for similar-question search (anyTerm)', () => {
    expect(expandQuery('Ummeldung Frist', GROUPS, { anyTerm: true }).tsquery).toBe(
      `('ummeldung' | 'frist') | ${EWA_TERMS} | 'frist'`,
    );
  });
});
