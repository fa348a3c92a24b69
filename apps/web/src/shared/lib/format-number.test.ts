import { formatHours, formatInteger, formatShare, median } from './format-number';

// Intl puts a no-break space before "%" in German.
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('German number formatting', () => {
  it('formats the share answered as a percentage with one decimal and a comma', () => {
    expect(nbsp(formatShare(0.8333))).toBe('83,3 %');
    expect(nbsp(formatShare(1))).toBe('100,0 %');
    expect(formatShare(null)).toBe('–');
  });

  it('formats hours with a decimal comma and the unit "Std."', () => {
    expect(formatHours(12.5)).toBe('12,5 Std.');
    expect(formatHours(0.25)).toBe('0,3 Std.');
    expect(formatHours(null)).toBe('–');
    expect(formatHours(12.5, 'en')).toBe('12.5 h');
  });

  it('groups thousands with a dot', () => {
    expect(formatInteger(1234)).toBe('1.234');
  });

  it('computes the median of the known values', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });
});
