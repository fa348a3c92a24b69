import { Navigate, NavLink, Outlet } from 'react-router';
import { Loading } from '@/shared/components/Loading';
import { useNamespace } from '@/shared/hooks/use-namespace';
import '@/shared/components/admin-ui.css';
import { useViewer } from '@/features/auth/hooks/use-viewer';

/** /verwaltung (administrators only): sub-navigation above the selected page. */
export function AdminLayout() {
  const { t, ready } = useNamespace('admin');
  const { viewer, loading } = useViewer();
  if (loading) return <Loading />;
  if (!viewer) return <Navigate to="/" replace />;
  if (viewer.role !== 'ADMIN') return <Navigate to="/bereiche" replace />;
  if (!ready) return <Loading />;
  return (
    <div className="app-stack">
      <nav aria-label={t('subnav')} className="app-subnav">
        <ul className="app-subnav__list">
          <li>
            <NavLink to="/verwaltung/bereiche" className="app-subnav__link">
              {t('tabs.boards')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/verwaltung/suchbegriffe" className="app-subnav__link">
              {t('tabs.synonyms')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/verwaltung/e-mail-domains" className="app-subnav__link">
              {t('tabs.domains')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/verwaltung/identitaetsanbieter" className="app-subnav__link">
              {t('tabs.providers')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
