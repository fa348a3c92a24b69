import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import {
  NotificationsQueryDocument,
  UnreadNotificationCountQueryDocument,
} from '../graphql/notifications.graphql';
import { useMarkNotificationsRead } from '../hooks/use-mark-read';
import { NotificationItem } from './NotificationItem';

/** `/benachrichtigungen`: every notification, newest first, page by page, optionally only the unread ones. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, previousData, loading, error, loadMore, loadingMore } = useConnectionList(
    NotificationsQueryDocument,
    (d) => d.notifications,
    {
      variables: { first: LIMITS.pageSizeDefault, unreadOnly: unreadOnly || undefined },
      fetchPolicy: 'cache-and-network',
    },
  );
  const unread = useQuery(UnreadNotificationCountQueryDocument).data?.unreadNotificationCount ?? 0;
  const { markRead, loading: marking, error: markError } = useMarkNotificationsRead();
  const list = (data ?? previousData)?.notifications;
  const items = list?.edges.map((e) => e.node) ?? [];

  return (
    <div className="app-stack">
      <PageHeading title={t('notifications.title')} />
      <div className="app-section-header">
        <div className="kern-form-check">
          <input
            id="notifications-unread-only"
            className="kern-form-check__checkbox"
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.target.checked)}
          />
          <label className="kern-label" htmlFor="notifications-unread-only">
            {t('notifications.unreadOnly')}
          </label>
        </div>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={marking || unread === 0}
          onClick={() => void markRead()}
        >
          <span className="kern-label">{t('notifications.markAll')}</span>
        </button>
      </div>
      <ApiErrorAlert error={error ?? markError} />
      {!list && loading ? <Loading /> : null}
      {list ? (
        <>
          <p className="kern-body kern-body--small" role="status">
            {t('notifications.count', { count: list.totalCount })}
          </p>
          {items.length === 0 ? (
            <p className="kern-body">
              {unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
            </p>
          ) : (
            <ul className="app-notification-list app-notification-list--page">
              {items.map((n) => (
                <NotificationItem key={n.id} notification={n} onMarkRead={(id) => void markRead([id])} />
              ))}
            </ul>
          )}
          {list.pageInfo.hasNextPage ? <LoadMoreButton loading={loadingMore} onClick={loadMore} /> : null}
        </>
      ) : null}
    </div>
  );
}
