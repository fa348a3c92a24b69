import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import type { ThreadSummaryFieldsFragment } from '@/gql/graphql';
import { ThreadListItem } from './ThreadListItem';

interface ThreadListProps {
  threads: ThreadSummaryFieldsFragment[];
  totalCount: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  filtered: boolean;
  /** The viewer's marks of each thread, from a higher feature (see ThreadListItem). */
  renderMarks?: (thread: ThreadSummaryFieldsFragment) => ReactNode;
}

export function ThreadList({
  threads,
  totalCount,
  hasNextPage,
  loadingMore,
  onLoadMore,
  filtered,
  renderMarks,
}: ThreadListProps) {
  const { t } = useTranslation();
  if (threads.length === 0) {
    return <p className="kern-body">{filtered ? t('topics.noThreadsFiltered') : t('topics.noThreads')}</p>;
  }
  return (
    <>
      <ul className="app-thread-list">
        {threads.map((thread) => (
          <ThreadListItem key={thread.id} thread={thread} marks={renderMarks?.(thread)} />
        ))}
      </ul>
      <p className="kern-body kern-body--small" role="status">
        {t('common.showing', { shown: threads.length, total: totalCount })}
      </p>
      {hasNextPage ? <LoadMoreButton onClick={onLoadMore} loading={loadingMore} /> : null}
    </>
  );
}
