import { LIMITS } from '@forum/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { RelativeTime } from '@/shared/components/RelativeTime';
import type { QuestionProgress } from '@/gql/graphql';
import { SelectField } from '@/shared/components/SelectField';
import { PROGRESS_VALUES, ProgressBadge } from './ProgressBadge';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { MyThreadsQueryDocument } from '../graphql/my-threads.graphql';

function progressFromParam(value: string | null): QuestionProgress | undefined {
  return PROGRESS_VALUES.find((s) => s === value);
}

/** "Meine Fragen": the viewer's own questions with their status, filterable by status (kept in the URL). */
export function MyThreadsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const progress = progressFromParam(params.get('status'));
  const { loading, error, connection, loadMore, loadingMore } = useConnectionList(
    MyThreadsQueryDocument,
    (d) => d.myThreads,
    {
      variables: { first: LIMITS.pageSizeDefault, progress },
    },
  );
  const threads = connection?.edges.map((e) => e.node) ?? [];

  return (
    <div className="app-stack">
      <PageHeading title={t('threads.mine.title')} />
      <p className="kern-body">{t('threads.mine.intro')}</p>
      <div className="app-filter-row">
        <SelectField
          id="my-threads-state"
          label={t('threads.mine.filterLabel')}
          value={progress ?? ''}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set('status', e.target.value);
            else next.delete('status');
            setParams(next, { replace: true });
          }}
        >
          <option value="">{t('threads.mine.all')}</option>
          {PROGRESS_VALUES.map((s) => (
            <option key={s} value={s}>
              {t(`threads.progress.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ApiErrorAlert error={error} />
      {loading && !connection ? <Loading /> : null}
      {connection ? (
        <>
          <p className="kern-body kern-body--bold" role="status">
            {t('threads.mine.count', { count: connection.totalCount })}
          </p>
          {threads.length === 0 ? (
            <p className="kern-body">
              {progress ? t('threads.mine.emptyFiltered') : t('threads.mine.empty')}
            </p>
          ) : (
            <ul className="app-thread-list">
              {threads.map((thread) => (
                <li key={thread.id} className="app-thread-item">
                  <div className="app-thread-item__main">
                    <h3 className="kern-title app-thread-item__title">
                      <Link className="kern-link" to={`/fragen/${encodeURIComponent(thread.id)}`}>
                        {thread.title}
                      </Link>
                    </h3>
                    <p className="kern-body kern-body--small kern-body--muted">
                      {thread.topic.title} · {t('threads.mine.askedAt')}{' '}
                      <RelativeTime iso={thread.createdAt} />
                    </p>
                  </div>
                  <div className="app-thread-item__meta">
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
              ))}
            </ul>
          )}
          {connection.pageInfo.hasNextPage ? (
            <LoadMoreButton loading={loadingMore} onClick={loadMore} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
