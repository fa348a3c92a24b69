import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useRealtimeEvent } from '@/features/realtime/hooks/use-realtime-event';
import { LandQueueCountQueryDocument } from '../graphql/land-queue.graphql';
import './nav-count.css';

const POLL_MS = 60_000;

/** Header link for Länder representatives with the live number of open questions for their Land. */
export function LandQueueNavLink() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(LandQueueCountQueryDocument, { pollInterval: POLL_MS });
  const refresh = () => void refetch().catch(() => undefined);
  useRealtimeEvent('notification', refresh);
  useRealtimeEvent('reconnected', refresh);
  const count = data?.landQueueCount ?? 0;
  return (
    <NavLink to="/mein-land" className="app-nav__link">
      {t('nav.myLand')}
      {count > 0 ? (
        <>
          {' '}
          <span className="app-nav__count" aria-hidden="true">
            {count}
          </span>
          <span className="kern-sr-only"> ({t('nav.myLandOpen', { count })})</span>
        </>
      ) : null}
    </NavLink>
  );
}
