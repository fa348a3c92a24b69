import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { canUseModeration } from '@/features/auth/lib/viewer-context';
import { useRealtimeEvent } from '@/features/realtime/hooks/use-realtime-event';
import { OpenFlagCountQueryDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { useViewer } from '@/features/auth/hooks/use-viewer';

/** Header link to /moderation (moderators and board moderators) with the number of open flags; refreshed when a FLAG notification arrives. */
export function ModerationNavLink() {
  const { t, ready } = useNamespace('moderation');
  const { viewer } = useViewer();
  const allowed = canUseModeration(viewer) && viewer?.status === 'ACTIVE';
  const { data, refetch } = useQuery(OpenFlagCountQueryDocument, {
    skip: !allowed,
    pollInterval: 120_000,
    fetchPolicy: 'cache-and-network',
  });
  useRealtimeEvent('notification', (n) => {
    if (allowed && n?.type === 'FLAG') void refetch();
  });
  if (!allowed || !ready) return null;
  const count = data?.flags.totalCount ?? 0;
  return (
    <li>
      <NavLink to="/moderation" className="app-nav__link">
        {t('navLink')}
        {count > 0 ? (
          <>
            <span className="kern-badge kern-badge--danger app-nav-badge" aria-hidden="true">
              <span className="kern-label kern-label--small">{count}</span>
            </span>
            <span className="kern-sr-only">, {t('openFlags', { count })}</span>
          </>
        ) : null}
      </NavLink>
    </li>
  );
}
