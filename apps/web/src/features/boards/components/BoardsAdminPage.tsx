import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Badge } from '@/shared/components/Badge';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import {
  AdminBoardsQueryDocument,
  CreateBoardMutationDocument,
  ReorderBoardsMutationDocument,
} from '../graphql/board-admin.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { BoardForm } from './BoardForm';
import { apiFieldErrors } from '@/shared/lib/field-errors';
import { Icon } from '@/shared/components/Icon';
import '@/shared/components/admin-ui.css';

/** /verwaltung/bereiche: order of the boards (up/down buttons), links to edit, and a form for a new board. */
export function BoardsAdminPage() {
  const { t } = useNamespace('boards');
  const { data, loading, error } = useQuery(AdminBoardsQueryDocument, { fetchPolicy: 'cache-and-network' });
  const [reorder, reorderState] = useMutation(ReorderBoardsMutationDocument);
  const [createBoard, createState] = useMutation(CreateBoardMutationDocument, {
    refetchQueries: ['AdminBoards'],
    awaitRefetchQueries: true,
  });
  const [status, setStatus] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const boards = [...(data?.boards ?? [])].sort(
    (a, b) => Number(a.archived) - Number(b.archived) || a.position - b.position,
  );

  async function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (target < 0 || target >= boards.length || reorderState.loading) return;
    const ids = boards.map((b) => b.id);
    [ids[index], ids[target]] = [ids[target], ids[index]];
    const moved = boards[index];
    setStatus(null);
    try {
      await reorder({
        variables: { boardIds: ids },
        optimisticResponse: {
          reorderBoards: ids.map((id, position) => ({ __typename: 'Board' as const, id, position })),
        },
      });
      setStatus(t('admin.moved', { title: moved.title, position: target + 1, count: ids.length }));
      // Keep the keyboard where it was: on the moved board's button in the same direction, or the other
      // one once the board reached the top or bottom (the pressed button is then disabled).
      const atEdge = target === 0 || target === ids.length - 1;
      const direction = atEdge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
      listRef.current
        ?.querySelector<HTMLButtonElement>(`[data-board="${moved.id}"][data-dir="${direction}"]`)
        ?.focus();
    } catch {
      // shown by ApiErrorAlert
    }
  }

  return (
    <div className="app-stack">
      <PageHeading title={t('admin.title')} />
      <p className="kern-body">{t('admin.intro')}</p>
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      <ApiErrorAlert error={error ?? reorderState.error} />
      {loading && !data ? <Loading /> : null}
      <section aria-labelledby="boards-order-title" className="app-stack-sm">
        <h2 className="kern-heading-medium" id="boards-order-title">
          {t('admin.listTitle')}
        </h2>
        <ol className="app-admin-list" ref={listRef}>
          {boards.map((board, index) => (
            <li key={board.id}>
              <div className="app-admin-list__main">
                <p className="kern-title">
                  <Link className="kern-link" to={`/verwaltung/bereiche/${encodeURIComponent(board.slug)}`}>
                    {board.title}
                  </Link>{' '}
                  {board.archived ? <Badge variant="warning">{t('common.archived')}</Badge> : null}
                </p>
                <p className="kern-body kern-body--small">
                  {t('admin.position', { position: index + 1, count: boards.length })} · /{board.slug} ·{' '}
                  {t('admin.topicCount', { count: board.topics.length })}
                </p>
              </div>
              <div className="app-admin-actions">
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary kern-btn--x-small"
                  data-board={board.id}
                  data-dir="up"
                  aria-label={t('admin.upLabel', { title: board.title })}
                  disabled={index === 0}
                  onClick={() => void move(index, -1)}
                >
                  <Icon name="arrow-upward" size="small" />
                  <span className="kern-label">{t('admin.up')}</span>
                </button>
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary kern-btn--x-small"
                  data-board={board.id}
                  data-dir="down"
                  aria-label={t('admin.downLabel', { title: board.title })}
                  disabled={index === boards.length - 1}
                  onClick={() => void move(index, 1)}
                >
                  <Icon name="arrow-downward" size="small" />
                  <span className="kern-label">{t('admin.down')}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="board-create-heading" className="app-stack-sm">
        <h2 className="kern-heading-medium" id="board-create-heading">
          {t('admin.createTitle')}
        </h2>
        {createState.error && Object.keys(apiFieldErrors(createState.error)).length === 0 ? (
          <ApiErrorAlert error={createState.error} />
        ) : null}
        <BoardForm
          id="board-create"
          initial={{ title: '', slug: '', description: '' }}
          submitLabel={t('admin.create')}
          busy={createState.loading}
          resetAfterSubmit
          onSubmit={async (values) => {
            setStatus(null);
            try {
              await createBoard({
                variables: {
                  input: { title: values.title, slug: values.slug, description: values.description || null },
                },
              });
              setStatus(t('admin.created', { title: values.title }));
            } catch (e) {
              const fields = apiFieldErrors(e);
              return Object.keys(fields).length > 0 ? fields : false;
            }
          }}
        />
      </section>
    </div>
  );
}
