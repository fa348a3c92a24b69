import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Badge } from '@/shared/components/Badge';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { Breadcrumbs } from '@/shared/components/Breadcrumbs';
import { NotFoundPage } from '@/shared/components/NotFoundPage';
import { UnreadBadge } from '@/features/reading/components/UnreadBadge';
import { MarkAllReadButton } from '@/features/reading/components/MarkAllReadButton';
import { WatchControl } from '@/features/watches/components/WatchControl';
import { useTopicLiveUpdates } from '@/features/topics/hooks/use-topic-live-updates';
import { useTopicThreads } from '@/features/topics/hooks/use-topic-threads';
import { ServiceProfile } from '@/features/topics/components/ServiceProfile';
import { FaqSection } from '@/features/faq/components/FaqSection';
import { AdoptionSection } from '@/features/adoptions/components/AdoptionSection';
import { FeedHint } from '@/features/feeds/components/FeedHint';
import { ThreadList } from '@/features/threads/components/ThreadList';
import {
  THREAD_FILTERS,
  ThreadProgressFilter,
  type ThreadFilter,
} from '@/features/threads/components/ThreadProgressFilter';
import { Icon } from '@/shared/components/Icon';
import { TagFilter } from '@/features/tags/components/TagFilter';

const FILTER_PARAM = 'status';

function readFilter(value: string | null): ThreadFilter {
  return THREAD_FILTERS.find((f) => f === value) ?? 'ALL';
}

/** The tag filter's URL parameter (a tag id). */
const TAG_PARAM = 'schlagwort';

export function TopicPage() {
  const { t } = useTranslation();
  const { topicId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const urlFilter = readFilter(params.get(FILTER_PARAM));
  // Local state answers the radio at once; the URL (shareable, back button) follows.
  const [filter, setFilter] = useState<ThreadFilter>(urlFilter);
  useEffect(() => setFilter(urlFilter), [urlFilter]);
  const tagId = params.get(TAG_PARAM) ?? '';
  const { data, previousData, loading, error, loadMore, loadingMore, refetch } = useTopicThreads(
    topicId,
    filter === 'ALL' ? undefined : filter,
    tagId || undefined,
  );
  const live = useTopicLiveUpdates(topicId, refetch);
  const threadsHeading = useRef<HTMLHeadingElement>(null);
  // Keep the page (and the focused filter) on screen while another filter loads.
  const topic = (data ?? previousData)?.topic;
  if (loading && !topic) return <Loading />;
  if (error && !topic) return <ApiErrorAlert error={error} />;
  if (!topic) return <NotFoundPage />;

  const threads = data?.topic?.threads;
  return (
    <div className="app-stack">
      <Breadcrumbs
        items={[
          { label: t('nav.boards'), to: '/bereiche' },
          { label: topic.board.title, to: `/bereiche/${encodeURIComponent(topic.board.slug)}` },
          { label: topic.title },
        ]}
      />
      <PageHeading title={topic.title} />
      {topic.leadLand ? (
        <p>
          <Badge variant="info" icon="home">
            {t('topics.leadLand', { name: topic.leadLand.name })}
          </Badge>
        </p>
      ) : null}
      {topic.description ? <p className="kern-body kern-body--large">{topic.description}</p> : null}
      <ServiceProfile topic={topic} />
      <FaqSection topicId={topic.id} />
      {topic.leadLand ? <AdoptionSection topicId={topic.id} /> : null}
      <WatchControl targetType="TOPIC" targetKey={topic.id} />
      <FeedHint kind="topic" id={topic.id} />
      <section aria-labelledby="threads-title" className="app-stack">
        <div className="app-section-header">
          <h2 id="threads-title" className="kern-heading-medium" ref={threadsHeading} tabIndex={-1}>
            {t('topics.threadsTitle')}
          </h2>
          <Link
            className="kern-btn kern-btn--primary"
            to={`/themen/${encodeURIComponent(topic.id)}/neue-frage`}
          >
            <Icon name="add" />
            <span className="kern-label">{t('topics.newThread')}</span>
          </Link>
        </div>
        <MarkAllReadButton topicId={topic.id} onDone={() => refetch()} />
        <ThreadProgressFilter
          value={filter}
          onChange={(next) => {
            setFilter(next);
            const nextParams = new URLSearchParams(params);
            if (next === 'ALL') nextParams.delete(FILTER_PARAM);
            else nextParams.set(FILTER_PARAM, next);
            setParams(nextParams, { replace: true, preventScrollReset: true });
          }}
        />
        <div className="app-filter-row">
          <TagFilter
            id="topic-tag-filter"
            value={tagId}
            onChange={(next) => {
              const nextParams = new URLSearchParams(params);
              if (next) nextParams.set(TAG_PARAM, next);
              else nextParams.delete(TAG_PARAM);
              setParams(nextParams, { replace: true, preventScrollReset: true });
            }}
          />
        </div>
        <div role="status">
          {live.newThreads > 0 ? (
            <button
              type="button"
              className="kern-btn kern-btn--secondary kern-btn--small"
              onClick={() => {
                live.reset();
                void refetch();
                // The button disappears: keep focus at the top of the refreshed list.
                threadsHeading.current?.focus();
              }}
            >
              <Icon name="autorenew" size="small" />
              <span className="kern-label">{t('topics.newThreadsLive', { count: live.newThreads })}</span>
            </button>
          ) : null}
        </div>
        {error ? <ApiErrorAlert error={error} /> : null}
        {threads ? (
          <ThreadList
            threads={threads.edges.map((e) => e.node)}
            totalCount={threads.totalCount}
            hasNextPage={threads.pageInfo.hasNextPage}
            loadingMore={loadingMore}
            onLoadMore={loadMore}
            filtered={filter !== 'ALL' || !!tagId}
            renderMarks={(thread) => (
              <UnreadBadge isNew={thread.viewerIsNew} unreadCount={thread.viewerUnreadCount} />
            )}
          />
        ) : (
          <Loading />
        )}
      </section>
    </div>
  );
}
