import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { NotificationsQueryDocument } from '../graphql/notifications.graphql';
import { useMarkNotificationsRead } from '../hooks/use-mark-read';
import { NotificationItem } from './NotificationItem';
import { Icon } from '@/shared/components/Icon';

export const PANEL_SIZE = 8;

interface NotificationPanelProps {
  id: string;
  unread: number;
  /** Closes and returns focus to the bell. */
  onClose: () => void;
  /** A link was followed: close without moving focus (the new page takes it). */
  onNavigate: () => void;
}

/** The bell's popover: the latest notifications, "Alle als gelesen markieren" and a link to the full list. */
export function NotificationPanel({ id, unread, onClose, onNavigate }: NotificationPanelProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(NotificationsQueryDocument, {
    variables: { first: PANEL_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, loading: marking, error: markError } = useMarkNotificationsRead();
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening moves focus into the panel (to its heading), so Tab continues with the notifications.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section id={id} className="app-bell__panel" aria-labelledby={`${id}-title`}>
      <div className="app-bell__panel-header">
        <h2 className="kern-heading-small" id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t('notifications.title')}
        </h2>
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={onClose}>
          <Icon name="close" size="small" />
          <span className="kern-label">{t('notifications.close')}</span>
        </button>
      </div>
      <ApiErrorAlert error={error ?? markError} />
      {loading && !data ? <Loading /> : null}
      {data && items.length === 0 ? <p className="kern-body">{t('notifications.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="app-notification-list">
          {items.map((n) => (
            <NotificationItem
              key={n.id}
              notification={n}
              onMarkRead={(nid) => void markRead([nid])}
              onNavigate={onNavigate}
            />
          ))}
        </ul>
      ) : null}
      <div className="app-bell__panel-actions">
        <button
          type="button"
          className="kern-btn kern-btn--secondary kern-btn--small"
          disabled={marking || unread === 0}
          onClick={() => void markRead()}
        >
          <span className="kern-label">{t('notifications.markAll')}</span>
        </button>
        <Link className="kern-link" to="/benachrichtigungen" onClick={onNavigate}>
          {t('notifications.showAll')}
        </Link>
      </div>
    </section>
  );
}
