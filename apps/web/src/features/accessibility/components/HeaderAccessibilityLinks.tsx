import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/shared/components/Icon';

/** Links to the explanations in Leichte Sprache and Deutsche Gebärdensprache (BITV 2.0 § 4). */
export function AccessibilityLinks() {
  const { t } = useTranslation();
  return (
    <ul className="app-header__access" aria-label={t('nav.accessibility')}>
      <li>
        <Link to="/leichte-sprache" className="app-header__access-link">
          <Icon name="easy-language" size="small" />
          <span>{t('nav.easyLanguage')}</span>
        </Link>
      </li>
      <li>
        <Link to="/gebaerdensprache" className="app-header__access-link">
          <Icon name="sign-language" size="small" />
          <span>{t('nav.signLanguage')}</span>
        </Link>
      </li>
    </ul>
  );
}
