import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { useRealtimeEvent } from '@/features/realtime/hooks/use-realtime-event';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { SelectField } from '@/shared/components/SelectField';
import { LandQueueQueryDocument, MyLandTopicsQueryDocument } from '../graphql/land-queue.graphql';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { LandQueueItem } from './LandQueueItem';
import './view-switch.css';
import { useViewer } from '@/features/auth/hooks/use-viewer';

type QueueTab = 'OPEN' | 'LAND_ANSWERED';
const TAB_PARAM = 'ansicht';
const ANSWERED_TAB = 'beantwortet';

/**
 * "Fragen an mein Land": questions on the services the viewer's Land leads, oldest first, in two views:
 * open (no Land has answered officially yet) and answered until the asker accepts an answer.
 */
export function LandQueuePage() {
  const { t, ready } = useNamespace('land-queue');
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const topicId = params.get('dienst') || undefined;
  const tab: QueueTab = params.get(TAB_PARAM) === ANSWERED_TAB ? 'LAND_ANSWERED' : 'OPEN';
  const isLand = viewer?.organisation.kind === 'LAND';
  const topics = useQuery(MyLandTopicsQueryDocument, {
    variables: { id: viewer?.organisation.id ?? '' },
    skip: !isLand,
  });
  const queue = useConnectionList(LandQueueQueryDocument, (d) => d.landQueue, {
    variables: { first: LIMITS.pageSizeDefault, topicId, progress: tab },
    skip: !isLand,
  });
  // A new question in a led service notifies the Land's representatives: show it without a reload.
  useRealtimeEvent('notification', () => void queue.refetch().catch(() => undefined));
  useRealtimeEvent('reconnected', () => void queue.refetch().catch(() => undefined));

  if (!ready) return <Loading />;
  if (!isLand) {
    return (
      <div className="app-stack">
        <PageHeading title={t('title')} />
        <Alert variant="info" title={t('notLand')} />
      </div>
    );
  }
  const { connection } = queue;
  const threads = connection?.edges.map((e) => e.node) ?? [];
  const ledTopics = topics.data?.organisation?.ledTopics ?? [];

  return (
    <div className="app-stack">
      <PageHeading title={t('title')} />
      <p className="kern-body">{t('intro', { land: viewer.organisation.name })}</p>
      <nav aria-label={t('tabs.label')}>
        <ul className="app-view-switch">
          {(['OPEN', 'LAND_ANSWERED'] as const).map((value) => {
            const next = new URLSearchParams(params);
            if (value === 'LAND_ANSWERED') next.set(TAB_PARAM, ANSWERED_TAB);
            else next.delete(TAB_PARAM);
            const query = next.toString();
            return (
              <li key={value}>
                <Link
                  className="app-view-switch__link"
                  to={query ? `?${query}` : '.'}
                  aria-current={tab === value ? 'page' : undefined}
                  replace
                >
                  {t(`tabs.${value}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <p className="kern-body kern-body--small">{t(`tabs.hint.${tab}`)}</p>
      <div className="app-filter-row">
        <SelectField
          id="queue-topic"
          label={t('filterLabel')}
          value={topicId ?? ''}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set('dienst', e.target.value);
            else next.delete('dienst');
            setParams(next, { replace: true });
          }}
        >
          <option value="">{t('filterAll')}</option>
          {ledTopics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.title}
            </option>
          ))}
        </SelectField>
      </div>
      <ApiErrorAlert error={queue.error} />
      {queue.loading && !connection ? <Loading /> : null}
      {connection ? (
        <>
          <p className="kern-body kern-body--bold" role="status">
            {t(tab === 'OPEN' ? 'count' : 'countAnswered', { count: connection.totalCount })}
          </p>
          {threads.length === 0 ? (
            <p className="kern-body">{t(tab === 'OPEN' ? 'empty' : 'emptyAnswered')}</p>
          ) : (
            <ul className="app-thread-list">
              {threads.map((thread) => (
                <LandQueueItem key={thread.id} thread={thread} />
              ))}
            </ul>
          )}
          {connection.pageInfo.hasNextPage ? (
            <LoadMoreButton onClick={queue.loadMore} loading={queue.loadingMore} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
