// Light or dark: KERN UX follows prefers-color-scheme by itself; `data-kern-theme` on <html> fixes a choice.
export type ThemePreference = 'light' | 'dark' | 'system';

const STORAGE_KEY = 'forum.theme';

export function storedTheme(): ThemePreference {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'light' || stored === 'dark') return stored;
  } catch {
    // localStorage may be unavailable (privacy mode): follow the system.
  }
  return 'system';
}

export function applyTheme(theme: ThemePreference): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-kern-theme');
  else root.setAttribute('data-kern-theme', theme);
}

export function saveTheme(theme: ThemePreference): void {
  applyTheme(theme);
  try {
    if (theme === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not stored: the choice holds until the page is reloaded.
  }
}
