import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Icon } from '@/shared/components/Icon';
import { useDisclosure } from '@/shared/hooks/use-disclosure';
import { COMPACT_HEADER_QUERY, useMediaQuery } from '@/shared/hooks/use-media-query';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';
import { HeaderSearch } from '@/features/search/components/HeaderSearch';
import { AccessibilityLinks } from '@/features/accessibility/components/HeaderAccessibilityLinks';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';
import { useViewer } from '@/features/auth/hooks/use-viewer';

const PANEL_ID = 'app-header-panel';

/**
 * The site header. From 768 px: brand, Leichte Sprache / Gebärdensprache, search and bell in the top row, the
 * main navigation and the account menu below. On a phone: brand, search, bell and a menu button
 * (disclosure) that shows the navigation, the account links and the accessibility links.
 */
export function Header() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const menu = useDisclosure(location.key);
  const compact = useMediaQuery(COMPACT_HEADER_QUERY);
  // On a phone the name always takes two lines ("Forum" / "Kommunalpakt"), whatever the font's metrics, so
  // that the bar keeps its height when the web font arrives (no layout shift).
  const [firstWord, ...otherWords] = t('app.name').split(' ');
  const brand = (
    <Link to={viewer ? '/bereiche' : '/'} className="app-header__brand">
      <span className="app-header__logo" aria-hidden="true" />
      <span className="app-header__name">
        {compact ? (
          <>
            <span className="app-header__name-line">{firstWord}</span>{' '}
            <span className="app-header__name-line">{otherWords.join(' ')}</span>
          </>
        ) : (
          t('app.name')
        )}
      </span>
      <span className="app-header__tagline">{t('app.tagline')}</span>
    </Link>
  );

  if (compact) {
    return (
      <header className="app-header app-header--compact" ref={menu.rootRef} onKeyDown={menu.onKeyDown}>
        <div className="kern-container app-header__bar">
          {brand}
          {viewer ? (
            <Link to="/suche" className="kern-btn kern-btn--tertiary app-header__icon-button">
              <Icon name="search" />
              <span className="kern-sr-only">{t('nav.search')}</span>
            </Link>
          ) : null}
          {viewer ? <NotificationBell /> : null}
          {viewer ? null : (
            <Link
              to="/#anmelden"
              className="kern-btn kern-btn--tertiary app-header__icon-button app-header__login"
            >
              <span className="kern-label">{t('nav.login')}</span>
            </Link>
          )}
          <button
            ref={menu.buttonRef}
            type="button"
            className="kern-btn kern-btn--tertiary app-header__icon-button app-header__menu-button"
            aria-expanded={menu.open}
            aria-controls={PANEL_ID}
            onClick={menu.toggle}
          >
            <Icon name={menu.open ? 'close' : 'menu'} />
            <span className="kern-label app-header__menu-label">{t('nav.menu')}</span>
          </button>
        </div>
        <div id={PANEL_ID} className="app-header__panel" hidden={!menu.open}>
          <div className="kern-container app-stack">
            <MainNav />
            <UserMenu flat />
            <AccessibilityLinks />
          </div>
        </div>
      </header>
    );
  }

  return (
    <header className="app-header">
      <div className="kern-container app-header__bar">
        {brand}
        <AccessibilityLinks />
        {viewer ? <HeaderSearch /> : null}
        {viewer ? <NotificationBell /> : null}
      </div>
      <div className="kern-container app-header__nav-row">
        <MainNav />
        <UserMenu />
      </div>
    </header>
  );
}
