import adminDe from '../../i18n/admin.de.json';
import adminEn from '../../i18n/admin.en.json';
import moderationDe from '../../i18n/moderation.de.json';
import moderationEn from '../../i18n/moderation.en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('moderation and admin translations', () => {
  it('have the same keys in German and English', () => {
    expect(keys(moderationEn).sort()).toEqual(keys(moderationDe).sort());
    expect(keys(adminEn).sort()).toEqual(keys(adminDe).sort());
  });
});
