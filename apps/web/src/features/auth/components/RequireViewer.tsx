import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '@/shared/components/Loading';
import { canUseModeration, isModerator } from '../lib/viewer-context';
import { useViewer } from '../hooks/use-viewer';

/**
 * Layout route: guests may only see landing, legal pages and registration. `access` narrows it further:
 * "moderation" admits board moderators too, "globalModeration" only MODERATOR and ADMIN.
 * The server checks every query again; this only keeps people off pages they cannot use.
 */
export function RequireViewer({ access }: { access?: 'moderation' | 'globalModeration' }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer) return <Navigate to="/" replace state={{ from: location.pathname }} />;
  if (access === 'moderation' && !canUseModeration(viewer)) return <Navigate to="/bereiche" replace />;
  if (access === 'globalModeration' && !isModerator(viewer)) {
    return <Navigate to={canUseModeration(viewer) ? '/moderation/pruefliste' : '/bereiche'} replace />;
  }
  return <Outlet />;
}
