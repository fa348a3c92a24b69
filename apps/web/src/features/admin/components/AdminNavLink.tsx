import { NavLink } from 'react-router';
import { useViewer } from '../../auth/hooks/viewer-context';
import { useAdminT } from '../hooks/use-admin-t';

/** Header link to /verwaltung for administrators. */
export function AdminNavLink() {
  const { t, ready } = useAdminT();
  const { viewer } = useViewer();
  if (!ready || viewer?.role !== 'ADMIN' || viewer.status !== 'ACTIVE') return null;
  return (
    <li>
      <NavLink to="/verwaltung" className="app-nav__link">
        {t('navLink')}
      </NavLink>
    </li>
  );
}
