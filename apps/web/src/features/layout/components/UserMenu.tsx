import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useLogout } from '../../auth/hooks/use-session-actions';
import { useViewer } from '../../auth/hooks/viewer-context';
import { Icon } from '../../../shared/components/Icon';

export function UserMenu() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { logout, loading } = useLogout();
  if (!viewer) {
    return (
      <nav aria-label={t('nav.userMenu')} className="app-user-menu">
        <ul className="app-nav__list">
          <li>
            <Link to="/#anmelden" className="app-nav__link">
              {t('nav.login')}
            </Link>
          </li>
          <li>
            <NavLink to="/registrieren" className="app-nav__link">
              {t('nav.register')}
            </NavLink>
          </li>
        </ul>
      </nav>
    );
  }
  return (
    <nav aria-label={t('nav.userMenu')} className="app-user-menu">
      <ul className="app-nav__list">
        <li className="app-user-menu__name">
          <Icon name="account-circle" size="small" />
          <span className="kern-sr-only">{t('nav.signedInAs', { name: viewer.displayName })}</span>
          <span aria-hidden="true">{viewer.displayName}</span>
        </li>
        <li>
          <NavLink to="/profil" className="app-nav__link">
            {t('nav.profile')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/merkliste" className="app-nav__link">
            {t('comforts.navBookmarks')}
          </NavLink>
        </li>
        <li>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary app-user-menu__logout"
            onClick={() => void logout()}
            disabled={loading}
          >
            <Icon name="logout" size="small" />
            <span className="kern-label">{t('nav.logout')}</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
