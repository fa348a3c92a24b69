import landqueueDe from '../../../i18n/landqueue.de.json';
import landqueueEn from '../../../i18n/landqueue.en.json';
import organisationsDe from '../../../i18n/organisations.de.json';
import organisationsEn from '../../../i18n/organisations.en.json';
import reportDe from '../../../i18n/report.de.json';
import reportEn from '../../../i18n/report.en.json';
import searchDe from '../../../i18n/search.de.json';
import searchEn from '../../../i18n/search.en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('feature namespaces (report, landqueue, organisations, search)', () => {
  it.each([
    ['report', reportDe, reportEn],
    ['landqueue', landqueueDe, landqueueEn],
    ['organisations', organisationsDe, organisationsEn],
    ['search', searchDe, searchEn],
  ])('%s has the same keys in German and English', (_ns, de, en) => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });
});
