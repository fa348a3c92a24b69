import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { RelativeTime } from '@/shared/components/RelativeTime';
import { BoardsQueryDocument } from '../graphql/boards.graphql';
import { TopicLinkList } from './TopicLinkList';

export function BoardsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(BoardsQueryDocument);
  const boards = (data?.boards ?? []).filter((b) => !b.archived);
  return (
    <div className="app-stack">
      <PageHeading title={t('boards.title')} />
      <p className="kern-body">{t('boards.intro')}</p>
      {loading && !data ? <Loading /> : null}
      <ApiErrorAlert error={error} />
      {data && boards.length === 0 ? <p className="kern-body">{t('boards.empty')}</p> : null}
      <ul className="app-board-grid" aria-label={t('boards.title')}>
        {boards.map((board) => (
          <li key={board.id} className="kern-card app-board-card">
            <div className="kern-card__container">
              <div className="kern-card__header">
                <h2 className="kern-title">
                  <Link className="kern-link" to={`/bereiche/${encodeURIComponent(board.slug)}`}>
                    {board.title}
                  </Link>
                </h2>
              </div>
              <div className="kern-card__body app-stack-sm">
                {board.description ? <p className="kern-body">{board.description}</p> : null}
                <p className="kern-body kern-body--small kern-body--muted">
                  {t('common.threads', { count: board.threadCount })}
                  {' · '}
                  {board.lastActivityAt ? (
                    <>
                      {t('common.lastActivity')}: <RelativeTime iso={board.lastActivityAt} />
                    </>
                  ) : (
                    t('common.noActivity')
                  )}
                </p>
                <TopicLinkList topics={board.topics} boardTitle={board.title} />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
