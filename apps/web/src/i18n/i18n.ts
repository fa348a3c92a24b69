import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';

export const SUPPORTED_LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
const STORAGE_KEY = 'forum.language';

// German is bundled; English and every feature's namespace (its page texts, e.g. the long legal texts) are
// separate chunks loaded on demand (shared/hooks/use-namespace.ts). A namespace is named like its feature.
const loaders = {
  'en/translation': () => import('./en.json'),
  'de/accessibility': () => import('./accessibility.de.json'),
  'en/accessibility': () => import('./accessibility.en.json'),
  'de/account': () => import('./account.de.json'),
  'en/account': () => import('./account.en.json'),
  'de/activity': () => import('./activity.de.json'),
  'en/activity': () => import('./activity.en.json'),
  'de/admin': () => import('./admin.de.json'),
  'en/admin': () => import('./admin.en.json'),
  'de/auth': () => import('./auth.de.json'),
  'en/auth': () => import('./auth.en.json'),
  'de/adoptions': () => import('./adoptions.de.json'),
  'en/adoptions': () => import('./adoptions.en.json'),
  'de/boards': () => import('./boards.de.json'),
  'en/boards': () => import('./boards.en.json'),
  'de/bookmarks': () => import('./bookmarks.de.json'),
  'en/bookmarks': () => import('./bookmarks.en.json'),
  'de/faq': () => import('./faq.de.json'),
  'en/faq': () => import('./faq.en.json'),
  'de/feeds': () => import('./feeds.de.json'),
  'en/feeds': () => import('./feeds.en.json'),
  'de/land-queue': () => import('./land-queue.de.json'),
  'en/land-queue': () => import('./land-queue.en.json'),
  'de/legal': () => import('./legal.de.json'),
  'en/legal': () => import('./legal.en.json'),
  'de/moderation': () => import('./moderation.de.json'),
  'en/moderation': () => import('./moderation.en.json'),
  'de/notifications': () => import('./notifications.de.json'),
  'en/notifications': () => import('./notifications.en.json'),
  'de/organisations': () => import('./organisations.de.json'),
  'en/organisations': () => import('./organisations.en.json'),
  'de/reading': () => import('./reading.de.json'),
  'en/reading': () => import('./reading.en.json'),
  'de/reports': () => import('./reports.de.json'),
  'en/reports': () => import('./reports.en.json'),
  'de/search': () => import('./search.de.json'),
  'en/search': () => import('./search.en.json'),
  'de/tags': () => import('./tags.de.json'),
  'en/tags': () => import('./tags.en.json'),
  'de/topics': () => import('./topics.de.json'),
  'en/topics': () => import('./topics.en.json'),
} satisfies Record<string, () => Promise<{ default: object }>>;

type GermanNamespace<K> = K extends `de/${infer N}` ? N : never;
/** A feature's translation namespace (`<namespace>.de.json` beside `<namespace>.en.json`). */
export type Namespace = GermanNamespace<keyof typeof loaders>;

export async function loadNamespace(lng: string, ns: string): Promise<void> {
  if (i18n.hasResourceBundle(lng, ns)) return;
  const load = (loaders as Record<string, () => Promise<{ default: object }>>)[`${lng}/${ns}`];
  if (!load) return;
  const module = await load();
  i18n.addResourceBundle(lng, ns, module.default, true, true);
}

export async function switchLanguage(lng: Language): Promise<void> {
  await loadNamespace(lng, 'translation');
  await i18n.changeLanguage(lng);
}

export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'de') return stored;
  } catch {
    // localStorage may be unavailable (privacy mode); German is the default.
  }
  return 'de';
}

void i18n.use(initReactI18next).init({
  resources: { de: { translation: de } },
  partialBundledLanguages: true,
  lng: 'de',
  fallbackLng: 'de',
  ns: ['translation'],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  initAsync: false,
});

function syncHtmlLang(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
syncHtmlLang(i18n.language);
i18n.on('languageChanged', (lng) => {
  syncHtmlLang(lng);
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore
  }
});

export default i18n;
