import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '@/shared/components/Icon';
import { saveTheme, storedTheme, type ThemePreference } from '@/shared/lib/theme';
import './account.css';

const THEMES: ThemePreference[] = ['system', 'light', 'dark'];
const ICONS: Record<ThemePreference, IconName> = {
  system: 'contrast',
  light: 'light-mode',
  dark: 'dark-mode',
};

/** Light, dark or as the operating system says; kept in this browser and applied at once. */
export function AppearanceSettings() {
  const { t } = useTranslation('account');
  const [theme, setTheme] = useState<ThemePreference>(storedTheme);
  return (
    <section aria-labelledby="appearance-title" className="app-stack">
      <h2 id="appearance-title" className="kern-heading-medium">
        {t('appearance.title')}
      </h2>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('appearance.legend')}</legend>
        <div className="kern-fieldset__body">
          {THEMES.map((option) => (
            <div className="kern-form-check" key={option}>
              <input
                className="kern-form-check__radio"
                type="radio"
                name="theme"
                id={`theme-${option}`}
                value={option}
                checked={theme === option}
                onChange={() => {
                  setTheme(option);
                  saveTheme(option);
                }}
              />
              <label className="kern-label app-theme-option" htmlFor={`theme-${option}`}>
                <Icon name={ICONS[option]} size="small" />
                {t(`appearance.${option}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <p className="kern-body kern-body--small kern-body--muted">{t('appearance.hint')}</p>
    </section>
  );
}
