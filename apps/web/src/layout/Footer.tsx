import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/shared/components/Icon';
import { switchLanguage } from '@/i18n/i18n';

export function Footer() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'de' : 'en';
  // The button is labelled in the language it switches to.
  return (
    <footer className="app-footer">
      <div className="kern-container app-footer__inner">
        <p className="kern-body kern-body--small app-footer__operator">{t('footer.operator')}</p>
        <nav aria-label={t('footer.label')}>
          <ul className="app-footer__links">
            <li>
              <Link className="kern-link kern-link--small" to="/impressum">
                {t('footer.imprint')}
              </Link>
            </li>
            <li>
              <Link className="kern-link kern-link--small" to="/datenschutz">
                {t('footer.privacy')}
              </Link>
            </li>
            <li>
              <Link className="kern-link kern-link--small" to="/barrierefreiheit">
                {t('footer.accessibility')}
              </Link>
            </li>
            <li>
              <Link className="kern-link kern-link--small" to="/leichte-sprache">
                <Icon name="easy-language" size="small" />
                {t('footer.easyLanguage')}
              </Link>
            </li>
            <li>
              <Link className="kern-link kern-link--small" to="/gebaerdensprache">
                <Icon name="sign-language" size="small" />
                {t('footer.signLanguage')}
              </Link>
            </li>
            <li>
              <button
                type="button"
                className="app-footer__lang kern-link kern-link--small"
                lang={other}
                onClick={() => void switchLanguage(other)}
              >
                {t('footer.switchTo')}
              </button>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
