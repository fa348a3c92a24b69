import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RelativeTime } from '@/shared/components/RelativeTime';
import type { NotificationFieldsFragment } from '@/gql/graphql';
import { notificationHref, notificationText } from '../lib/notification-text';
import { useViewer } from '@/features/auth/hooks/use-viewer';

interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  onMarkRead: (id: string) => void;
  /** Called after the link was followed (the panel closes). */
  onNavigate?: () => void;
}

/** One notification: its text links to the thread (at the post); following the link marks it read. */
export function NotificationItem({ notification: n, onMarkRead, onNavigate }: NotificationItemProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const text = notificationText(t, n, viewer?.id);
  const href = notificationHref(n);
  const content = (
    <>
      {n.read ? null : (
        <>
          <span className="kern-sr-only">{t('notifications.unread')}:</span>{' '}
        </>
      )}
      {text}
    </>
  );
  return (
    <li className={`app-notification${n.read ? '' : ' app-notification--unread'}`}>
      <span className="app-notification__dot" aria-hidden="true" />
      <div className="app-notification__body">
        {href ? (
          <Link
            to={href}
            className="kern-link app-notification__link"
            onClick={() => {
              if (!n.read) onMarkRead(n.id);
              onNavigate?.();
            }}
          >
            {content}
          </Link>
        ) : (
          <span className="app-notification__text">{content}</span>
        )}
        <span className="kern-body kern-body--small kern-body--muted app-notification__time">
          <RelativeTime iso={n.createdAt} />
        </span>
      </div>
      {!n.read && !href ? (
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--x-small"
          onClick={() => onMarkRead(n.id)}
        >
          <span className="kern-label">{t('notifications.markOne')}</span>
        </button>
      ) : null}
    </li>
  );
}
