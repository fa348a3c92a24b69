import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/shared/components/Badge';
import { RelativeTime } from '@/shared/components/RelativeTime';
import type { PublicUserQuery } from '@/gql/graphql';
import { ProgressBadge } from '@/features/threads/components/ProgressBadge';

type PublicUser = NonNullable<PublicUserQuery['user']>;

/** Counts and the latest questions and answers of a member, on /nutzer/:id. */
export function UserActivity({ user }: { user: PublicUser }) {
  const { t } = useTranslation();
  const counts: Array<[string, number]> = [
    [t('user.activity.threadCount'), user.threadCount],
    [t('user.activity.postCount'), user.postCount],
    [t('user.activity.acceptedAnswerCount'), user.acceptedAnswerCount],
  ];
  return (
    <>
      <section aria-labelledby="user-stats-title" className="app-stack">
        <h2 id="user-stats-title" className="kern-heading-medium">
          {t('user.activity.stats')}
        </h2>
        <dl className="kern-description-list">
          {counts.map(([label, value]) => (
            <div className="kern-description-list-item" key={label}>
              <dt className="kern-description-list-item__key">{label}</dt>
              <dd className="kern-description-list-item__value">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="user-threads-title" className="app-stack">
        <h2 id="user-threads-title" className="kern-heading-medium">
          {t('user.activity.recentThreads')}
        </h2>
        {user.recentThreads.length === 0 ? (
          <p className="kern-body">{t('user.activity.noThreads')}</p>
        ) : (
          <ul className="kern-list app-activity-list">
            {user.recentThreads.map((thread) => (
              <li key={thread.id}>
                <Link className="kern-link" to={`/fragen/${encodeURIComponent(thread.id)}`}>
                  {thread.title}
                </Link>{' '}
                <ProgressBadge progress={thread.progress} />{' '}
                <span className="kern-body kern-body--small kern-body--muted">
                  <RelativeTime iso={thread.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="user-posts-title" className="app-stack">
        <h2 id="user-posts-title" className="kern-heading-medium">
          {t('user.activity.recentPosts')}
        </h2>
        {user.recentPosts.length === 0 ? (
          <p className="kern-body">{t('user.activity.noPosts')}</p>
        ) : (
          <ul className="kern-list app-activity-list">
            {user.recentPosts.map((post) => (
              <li key={post.id}>
                <Link
                  className="kern-link"
                  to={`/fragen/${encodeURIComponent(post.thread.id)}#post-${encodeURIComponent(post.id)}`}
                >
                  {post.thread.title}
                </Link>{' '}
                {post.accepted ? <Badge variant="success">{t('user.activity.accepted')}</Badge> : null}{' '}
                <span className="kern-body kern-body--small kern-body--muted">
                  <RelativeTime iso={post.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
