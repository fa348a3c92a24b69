import de from './de.json';
import en from './en.json';
import i18n, { loadNamespace } from './i18n';

// Every namespace file: `<ns>.de.json` beside `<ns>.en.json` (the default namespace is de.json / en.json).
const files = import.meta.glob<{ default: unknown }>('./*.json', { eager: true });

/** Key paths of a translation; arrays of structured items (sections of a page) count item by item. */
function keys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value) && value.length > 0 && value.every((v) => v && typeof v === 'object'))
    return value.flatMap((v, i) => keys(v, `${prefix}[${i}]`));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('translations', () => {
  it('have the same keys in German and English', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  const namespaces = Object.keys(files)
    .map((file) => /^\.\/(.+)\.de\.json$/.exec(file)?.[1])
    .filter((ns): ns is string => Boolean(ns));

  it.each(namespaces)('namespace %s has the same keys in German and English', (ns) => {
    const german = files[`./${ns}.de.json`].default;
    const english = files[`./${ns}.en.json`]?.default;
    expect(english).toBeDefined();
    expect(keys(english).sort()).toEqual(keys(german).sort());
  });

  it('finds every namespace, one per feature that has page texts of its own', () => {
    expect(namespaces.sort()).toEqual([
      'accessibility',
      'account',
      'activity',
      'admin',
      'adoptions',
      'auth',
      'boards',
      'bookmarks',
      'faq',
      'feeds',
      'land-queue',
      'legal',
      'moderation',
      'notifications',
      'organisations',
      'reading',
      'reports',
      'search',
      'tags',
      'topics',
    ]);
  });

  it('has a loader for every namespace file, so that each is its own chunk', async () => {
    for (const ns of namespaces) {
      for (const lng of ['de', 'en']) {
        await loadNamespace(lng, ns);
        expect(i18n.hasResourceBundle(lng, ns)).toBe(true);
      }
    }
  });
});
