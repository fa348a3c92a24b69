import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/shared/lib/format-date';
import type { LandQueueThreadFieldsFragment } from '@/gql/graphql';
import { ProgressBadge } from '@/features/threads/components/ProgressBadge';
import { questionAge } from '../lib/age';

export function LandQueueItem({ thread, now }: { thread: LandQueueThreadFieldsFragment; now?: Date }) {
  const { t, i18n } = useTranslation('land-queue');
  const age = questionAge(thread.createdAt, now);
  const ageText = age.unit === 'minutes' ? t('age.minutes') : t(`age.${age.unit}`, { count: age.count });
  return (
    <li className="app-thread-item app-queue-item">
      <div className="app-thread-item__main">
        <h3 className="kern-title app-thread-item__title">
          <Link className="kern-link" to={`/fragen/${encodeURIComponent(thread.id)}`}>
            {thread.title}
          </Link>
        </h3>
        <p className="kern-body kern-body--small">
          <span className="kern-sr-only">{t('service')}: </span>
          <Link className="kern-link" to={`/themen/${encodeURIComponent(thread.topic.id)}`}>
            {thread.topic.title}
          </Link>
          {' · '}
          {t('askedBy')}{' '}
          <Link
            className="kern-link"
            to={`/organisationen/${encodeURIComponent(thread.author.organisation.id)}`}
          >
            {thread.author.organisation.name}
          </Link>{' '}
          ({thread.author.displayName})
        </p>
      </div>
      <div className="app-thread-item__meta">
        <span className="kern-body kern-body--small app-queue-item__age">
          <time dateTime={thread.createdAt} title={formatDateTime(thread.createdAt, i18n.language)}>
            {ageText}
          </time>
        </span>
        <ProgressBadge progress={thread.progress} />
      </div>
    </li>
  );
}
