import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/shared/components/Icon';
import { RelativeTime } from '@/shared/components/RelativeTime';
import type { ThreadSummaryFieldsFragment } from '@/gql/graphql';
import { ProgressBadge } from './ProgressBadge';

export function ThreadListItem({
  thread,
  context,
  marks,
}: {
  thread: ThreadSummaryFieldsFragment;
  /** Where the thread lives (lists across topics), shown after the author. */
  context?: string;
  /** The viewer's marks from a higher feature (features/reading: "neu", "3 ungelesen"), before the status. */
  marks?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li className={`app-thread-item${thread.pinned ? ' app-thread-item--pinned' : ''}`}>
      <div className="app-thread-item__main">
        <h3 className="kern-title app-thread-item__title">
          {thread.pinned ? (
            <span className="app-flag" title={t('threads.pinned')}>
              <Icon name="pin" />
              <span className="kern-sr-only">{t('threads.pinned')}: </span>
            </span>
          ) : null}
          {thread.locked ? (
            <span className="app-flag" title={t('threads.locked')}>
              <Icon name="lock" />
              <span className="kern-sr-only">{t('threads.locked')}: </span>
            </span>
          ) : null}
          <Link className="kern-link" to={`/fragen/${encodeURIComponent(thread.id)}`}>
            {thread.title}
          </Link>
        </h3>
        <p className="kern-body kern-body--small kern-body--muted">
          {t('threads.byOrg', { name: thread.author.displayName, org: thread.author.organisation.name })}
          {context ? ` · ${context}` : null}
        </p>
      </div>
      <div className="app-thread-item__meta">
        {marks}
        <ProgressBadge progress={thread.progress} />
        <span className="kern-body kern-body--small">
          {t('common.replies', { count: thread.replyCount })}
        </span>
        <span className="kern-body kern-body--small">
          <span className="kern-sr-only">{t('common.lastActivity')}: </span>
          <RelativeTime iso={thread.lastActivityAt} />
        </span>
      </div>
    </li>
  );
}
