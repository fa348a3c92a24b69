import { NavLink } from 'react-router';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { useViewer } from '@/features/auth/hooks/use-viewer';

/** Header link to /verwaltung for administrators. */
export function AdminNavLink() {
  const { t, ready } = useNamespace('admin');
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
