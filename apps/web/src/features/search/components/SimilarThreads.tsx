import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDebouncedValue } from '@/shared/hooks/use-debounced-value';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ProgressBadge } from '@/features/threads/components/ProgressBadge';
import { SimilarThreadsQueryDocument } from '../graphql/search.graphql';
import './similar-threads.css';

export const SIMILAR_MIN_LENGTH = 10;
export const SIMILAR_DEBOUNCE_MS = 300;

/** Existing questions resembling the title being typed (new-question form); nothing for no matches. */
export function SimilarThreads({ topicId, title }: { topicId: string; title: string }) {
  const { t, ready } = useNamespace('search');
  const { t: tc } = useTranslation();
  const debounced = useDebouncedValue(title.trim(), SIMILAR_DEBOUNCE_MS);
  const enabled = debounced.length >= SIMILAR_MIN_LENGTH;
  const { data, previousData } = useQuery(SimilarThreadsQueryDocument, {
    variables: { title: debounced, topicId, first: 5 },
    skip: !enabled,
  });
  const items = enabled ? ((data ?? previousData)?.similarThreads ?? []) : [];
  const show = ready && items.length > 0;
  return (
    <>
      <div className="kern-sr-only" aria-live="polite" aria-atomic="true">
        {show ? t('similar.count', { count: items.length }) : ''}
      </div>
      {show ? (
        <section className="app-similar" aria-labelledby="similar-title">
          <h2 id="similar-title" className="kern-heading-small">
            {t('similar.title')}
          </h2>
          <ul className="app-similar__list">
            {items.map(({ thread, sameTopic }) => (
              <li key={thread.id} className="app-similar__item">
                <Link className="kern-link" to={`/fragen/${encodeURIComponent(thread.id)}`}>
                  {thread.title}
                </Link>
                <span className="app-similar__meta">
                  <ProgressBadge progress={thread.progress} />
                  <span className="kern-body kern-body--small kern-body--muted">
                    {sameTopic ? t('similar.sameTopic') : thread.topic.title} ·{' '}
                    {tc('common.replies', { count: thread.replyCount })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
