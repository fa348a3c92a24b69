import { formatRelative } from './format-date';

describe('formatRelative', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  it('formats past times relatively in German', () => {
    expect(formatRelative('2026-11-23T09:00:00.000Z', 'de', now)).toBe('vor 3 Stunden');
    expect(formatRelative('2026-11-22T12:00:00.000Z', 'de', now)).toBe('gestern');
    expect(formatRelative('2026-11-23T11:59:30.000Z', 'de', now)).toBe('jetzt');
  });
});
