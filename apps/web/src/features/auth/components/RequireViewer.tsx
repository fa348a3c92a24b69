import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../../../shared/components/Loading';
import { useViewer } from '../hooks/viewer-context';

/** Layout route: guests may only see landing, legal pages and registration. */
export function RequireViewer({ role }: { role?: 'MODERATOR' }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer) return <Navigate to="/" replace state={{ from: location.pathname }} />;
  if (role === 'MODERATOR' && viewer.role === 'USER') return <Navigate to="/bereiche" replace />;
  return <Outlet />;
}
