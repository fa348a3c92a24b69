import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';

export const SUPPORTED_LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
const STORAGE_KEY = 'forum.language';

// German is bundled; English and the long legal texts are separate chunks loaded on demand.
const loaders: Record<string, () => Promise<{ default: object }>> = {
  'en/translation': () => import('./en.json'),
  'de/legal': () => import('./legal.de.json'),
  'en/legal': () => import('./legal.en.json'),
  'de/moderation': () => import('./moderation.de.json'),
  'en/moderation': () => import('./moderation.en.json'),
  'de/admin': () => import('./admin.de.json'),
  'en/admin': () => import('./admin.en.json'),
  'de/report': () => import('./report.de.json'),
  'en/report': () => import('./report.en.json'),
  'de/landqueue': () => import('./landqueue.de.json'),
  'en/landqueue': () => import('./landqueue.en.json'),
  'de/organisations': () => import('./organisations.de.json'),
  'en/organisations': () => import('./organisations.en.json'),
  'de/search': () => import('./search.de.json'),
  'en/search': () => import('./search.en.json'),
  'de/comforts': () => import('./comforts.de.json'),
  'en/comforts': () => import('./comforts.en.json'),
  'de/accessibility': () => import('./accessibility.de.json'),
  'en/accessibility': () => import('./accessibility.en.json'),
};

export async function loadNamespace(lng: string, ns: string): Promise<void> {
  if (i18n.hasResourceBundle(lng, ns)) return;
  const load = loaders[`${lng}/${ns}`];
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
