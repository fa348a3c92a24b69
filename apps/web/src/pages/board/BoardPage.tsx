import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { RelativeTime } from '@/shared/components/RelativeTime';
import { Breadcrumbs } from '@/shared/components/Breadcrumbs';
import { NotFoundPage } from '@/shared/components/NotFoundPage';
import { MarkAllReadButton } from '@/features/reading/components/MarkAllReadButton';
import { UnreadBadge } from '@/features/reading/components/UnreadBadge';
import { WatchControl } from '@/features/watches/components/WatchControl';
import { FeedHint } from '@/features/feeds/components/FeedHint';
import { BoardQueryDocument } from '@/features/boards/graphql/boards.graphql';

export function BoardPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BoardQueryDocument, { variables: { slug } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ApiErrorAlert error={error} />;
  const board = data?.board;
  if (!board) return <NotFoundPage />;
  return (
    <div className="app-stack">
      <Breadcrumbs items={[{ label: t('nav.boards'), to: '/bereiche' }, { label: board.title }]} />
      <PageHeading title={board.title} />
      {board.description ? <p className="kern-body kern-body--large">{board.description}</p> : null}
      <WatchControl targetType="BOARD" targetKey={board.slug} />
      <FeedHint kind="board" id={board.id} />
      <h2 className="kern-heading-medium">{t('boards.topicsTitle')}</h2>
      <MarkAllReadButton boardId={board.id} onDone={() => refetch()} />
      {board.topics.length === 0 ? (
        <p className="kern-body">{t('boards.noTopics')}</p>
      ) : (
        <div
          className="kern-table-responsive"
          tabIndex={0}
          role="region"
          aria-label={t('boards.topicsTitle')}
        >
          <table className="kern-table app-topic-table">
            <caption className="kern-sr-only">{t('boards.topics', { board: board.title })}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('boards.columnTopic')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('boards.columnLead')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('boards.columnThreads')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('boards.columnOpen')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('boards.columnActivity')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {board.topics.map((topic) => (
                <tr key={topic.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">
                    <Link className="kern-link" to={`/themen/${encodeURIComponent(topic.id)}`}>
                      {topic.title}
                    </Link>
                    {topic.description ? (
                      <p className="kern-body kern-body--small app-topic-table__desc">{topic.description}</p>
                    ) : null}
                  </th>
                  <td className="kern-table__cell">{topic.leadLand?.name ?? t('boards.noLead')}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {topic.threadCount}
                    {topic.viewerUnreadThreadCount > 0 ? (
                      <span className="app-unread-count">
                        {' '}
                        <UnreadBadge isNew={false} unreadCount={topic.viewerUnreadThreadCount} />
                      </span>
                    ) : null}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{topic.openThreadCount}</td>
                  <td className="kern-table__cell">
                    {topic.lastActivityAt ? (
                      <RelativeTime iso={topic.lastActivityAt} />
                    ) : (
                      t('common.noActivity')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
