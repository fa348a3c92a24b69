import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { Icon } from '@/shared/components/Icon';
import { useDisclosure } from '@/shared/hooks/use-disclosure';
import { useLogout } from '@/features/auth/hooks/use-session-actions';
import { useViewer } from '@/features/auth/hooks/use-viewer';

const LIST_ID = 'app-user-menu-list';

/**
 * The account menu: a disclosure with profile, bookmarks, settings and sign-out; `flat` (inside the phone
 * menu) lists the links directly. Guests get "Anmelden" and "Registrieren".
 */
export function UserMenu({ flat = false }: { flat?: boolean }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { logout, loading } = useLogout();
  const location = useLocation();
  const menu = useDisclosure(location.key);
  if (!viewer) {
    return (
      <nav aria-label={t('nav.userMenu')} className="app-user-menu app-user-menu--guest">
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
  const links = (
    <ul
      id={LIST_ID}
      className={flat || menu.open ? 'app-user-menu__list app-user-menu__list--open' : 'app-user-menu__list'}
    >
      <li>
        <NavLink to="/profil" className="app-user-menu__link">
          <Icon name="account-circle" size="small" />
          {t('nav.profile')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/merkliste" className="app-user-menu__link">
          <Icon name="bookmark" size="small" />
          {t('bookmarks.navBookmarks')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/einstellungen" className="app-user-menu__link">
          <Icon name="settings" size="small" />
          {t('nav.settings')}
        </NavLink>
      </li>
      <li>
        <button
          type="button"
          className="app-user-menu__link app-user-menu__logout"
          onClick={() => void logout()}
          disabled={loading}
        >
          <Icon name="logout" size="small" />
          {t('nav.logout')}
        </button>
      </li>
    </ul>
  );
  if (flat) {
    return (
      <nav aria-label={t('nav.userMenu')} className="app-user-menu app-user-menu--flat">
        <p className="app-user-menu__name">
          <Icon name="account-circle" size="small" />
          <span>{t('nav.signedInAs', { name: viewer.displayName })}</span>
        </p>
        {links}
      </nav>
    );
  }
  return (
    <nav
      aria-label={t('nav.userMenu')}
      className="app-user-menu"
      ref={menu.rootRef}
      onKeyDown={menu.onKeyDown}
    >
      <button
        ref={menu.buttonRef}
        type="button"
        className="kern-btn kern-btn--tertiary app-user-menu__toggle"
        aria-expanded={menu.open}
        aria-controls={LIST_ID}
        onClick={menu.toggle}
      >
        <Icon name="account-circle" />
        <span className="kern-sr-only">{t('nav.signedInAs', { name: viewer.displayName })}</span>
        <span className="kern-label" aria-hidden="true">
          {viewer.displayName}
        </span>
        <Icon name="expand-more" size="small" />
      </button>
      {links}
    </nav>
  );
}
