import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { isModerator, useViewer } from '../../auth/hooks/viewer-context';
import { UserMenu } from './UserMenu';

export function Header() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <header className="app-header">
      <div className="kern-container app-header__inner">
        <Link to={viewer ? '/bereiche' : '/'} className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true" />
          <span className="app-header__name">{t('app.name')}</span>
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </Link>
        {viewer ? (
          <nav aria-label={t('nav.main')} className="app-nav">
            <ul className="app-nav__list">
              <li>
                <NavLink to="/bereiche" className="app-nav__link">
                  {t('nav.boards')}
                </NavLink>
              </li>
              {isModerator(viewer) ? (
                <li>
                  <NavLink to="/moderation/freischaltungen" className="app-nav__link">
                    {t('nav.approvals')}
                  </NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
        <UserMenu />
      </div>
    </header>
  );
}
