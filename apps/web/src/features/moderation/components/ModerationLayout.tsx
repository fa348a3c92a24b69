import { NavLink, Outlet } from 'react-router';
import { Loading } from '../../../shared/components/Loading';
import { useModerationT } from '../hooks/use-namespace';
import '../moderation.css';

/** /moderation: sub-navigation (Prüfliste, Freischaltungen, Audit-Log) above the selected page. */
export function ModerationLayout() {
  const { t, ready } = useModerationT();
  if (!ready) return <Loading />;
  return (
    <div className="app-stack">
      <nav aria-label={t('subnav')} className="app-subnav">
        <ul className="app-subnav__list">
          <li>
            <NavLink to="/moderation/pruefliste" className="app-subnav__link">
              {t('tabs.flags')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/moderation/freischaltungen" className="app-subnav__link">
              {t('tabs.approvals')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/moderation/audit-log" className="app-subnav__link">
              {t('tabs.audit')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
