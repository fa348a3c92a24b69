import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/shared/components/Icon';
import './access-links.css';

/** The start page's links to Leichte Sprache and Gebärdensprache (BITV 2.0 § 4), with KERN's glyphs. */
export function AccessibilityLinks() {
  const { t } = useTranslation();
  return (
    <nav className="app-access-links" aria-label={t('landing.accessTitle')}>
      <ul>
        <li>
          <Link className="kern-link" to="/leichte-sprache">
            <Icon name="easy-language" size="large" />
            {t('landing.easyLanguage')}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="/gebaerdensprache">
            <Icon name="sign-language" size="large" />
            {t('landing.signLanguage')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
