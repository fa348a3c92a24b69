import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Badge } from '@/shared/components/Badge';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { AdminBoardQueryDocument, UpdateBoardMutationDocument } from '../graphql/board-admin.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { BoardForm } from './BoardForm';
import { BoardModerators } from './BoardModerators';
import { apiFieldErrors } from '@/shared/lib/field-errors';
import { Icon } from '@/shared/components/Icon';
import '@/shared/components/admin-ui.css';

/** /verwaltung/bereiche/:slug: edit or archive a board, its topics and its moderators. */
export function BoardAdminPage() {
  const { t } = useNamespace('boards');
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(AdminBoardQueryDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const [updateBoard, updateState] = useMutation(UpdateBoardMutationDocument);
  const location = useLocation();
  // A status handed over by the page before (e.g. "Thema angelegt").
  const [status, setStatus] = useState<string | null>(
    (location.state as { status?: string } | null)?.status ?? null,
  );
  const board = data?.board;
  if (loading && !data) return <Loading />;
  if (!board) {
    return (
      <div className="app-stack">
        <PageHeading title={t('admin.notFound')} />
        <ApiErrorAlert error={error} />
        <Link className="kern-link" to="/verwaltung/bereiche">
          {t('common.back')}
        </Link>
      </div>
    );
  }

  async function toggleArchived() {
    if (!board) return;
    setStatus(null);
    try {
      await updateBoard({ variables: { input: { boardId: board.id, archived: !board.archived } } });
      setStatus(board.archived ? t('admin.unarchivedDone') : t('admin.archivedDone'));
    } catch {
      // shown by ApiErrorAlert
    }
  }

  const fieldErrorsOnly = updateState.error && Object.keys(apiFieldErrors(updateState.error)).length > 0;
  return (
    <div className="app-stack">
      <p className="kern-body">
        <Link className="kern-link" to="/verwaltung/bereiche">
          {t('common.back')}
        </Link>
      </p>
      <PageHeading title={t('admin.editTitle', { title: board.title })} />
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      {updateState.error && !fieldErrorsOnly ? <ApiErrorAlert error={updateState.error} /> : null}
      {board.archived ? <Alert variant="warning" title={t('admin.archivedNotice')} /> : null}
      <section aria-labelledby="board-edit-heading" className="app-stack-sm">
        <h2 className="kern-heading-medium" id="board-edit-heading">
          {t('admin.detailsTitle')}
        </h2>
        <BoardForm
          key={board.id}
          id="board-edit"
          initial={{ title: board.title, slug: board.slug, description: board.description ?? '' }}
          submitLabel={t('common.save')}
          busy={updateState.loading}
          onSubmit={async (values) => {
            setStatus(null);
            try {
              await updateBoard({
                variables: {
                  input: {
                    boardId: board.id,
                    title: values.title,
                    slug: values.slug,
                    description: values.description || null,
                  },
                },
              });
              setStatus(t('common.saved'));
              if (values.slug !== slug) {
                void navigate(`/verwaltung/bereiche/${encodeURIComponent(values.slug)}`, { replace: true });
              }
            } catch (e) {
              const fields = apiFieldErrors(e);
              return Object.keys(fields).length > 0 ? fields : false;
            }
          }}
        />
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          disabled={updateState.loading}
          onClick={() => void toggleArchived()}
        >
          <span className="kern-label">{board.archived ? t('admin.unarchive') : t('admin.archive')}</span>
        </button>
      </section>
      <section aria-labelledby="board-topics-heading" className="app-stack-sm">
        <div className="app-section-header">
          <h2 className="kern-heading-medium" id="board-topics-heading">
            {t('topics.title')}
          </h2>
          <Link
            className="kern-btn kern-btn--secondary"
            to={`/verwaltung/bereiche/${encodeURIComponent(board.slug)}/themen/neu`}
          >
            <Icon name="add" size="small" />
            <span className="kern-label">{t('topics.newTopic')}</span>
          </Link>
        </div>
        {board.topics.length === 0 ? <p className="kern-body">{t('topics.none')}</p> : null}
        <ul className="app-admin-list">
          {board.topics.map((topic) => (
            <li key={topic.id}>
              <div className="app-admin-list__main">
                <p className="kern-title">
                  {topic.title}{' '}
                  {topic.archived ? <Badge variant="warning">{t('common.archived')}</Badge> : null}
                </p>
                <p className="kern-body kern-body--small">
                  {t('topics.leadLand')}: {topic.leadLand?.name ?? '–'}
                  {topic.ozgId ? ` · OZG-ID ${topic.ozgId}` : ''}
                  {topic.leikaKey ? ` · LeiKa ${topic.leikaKey}` : ''}
                  {topic.serviceStatus ? ` · ${topic.serviceStatus}` : ''}
                </p>
              </div>
              <Link
                className="kern-link"
                to={`/verwaltung/themen/${encodeURIComponent(topic.id)}`}
                aria-label={t('topics.editLabel', { title: topic.title })}
              >
                {t('topics.edit')}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <BoardModerators boardId={board.id} moderators={board.moderators} />
    </div>
  );
}
