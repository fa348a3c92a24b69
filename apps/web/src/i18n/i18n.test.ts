import de from './de.json';
import en from './en.json';
import legalDe from './legal.de.json';
import legalEn from './legal.en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('translations', () => {
  it('have the same keys in German and English', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
    expect(keys(legalEn).sort()).toEqual(keys(legalDe).sort());
  });
});
