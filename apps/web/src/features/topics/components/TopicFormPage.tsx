import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import {
  AdminBoardQueryDocument,
  AdminBoardsQueryDocument,
} from '@/features/boards/graphql/board-admin.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { apiFieldErrors } from '@/shared/lib/field-errors';
import { EMPTY_TOPIC, TopicForm, type TopicValues } from './TopicForm';
import {
  AdminTopicQueryDocument,
  CreateTopicMutationDocument,
  UpdateTopicMutationDocument,
} from '../graphql/topic-admin.graphql';

const orNull = (value: string) => value || null;

function toInput(values: TopicValues) {
  return {
    title: values.title,
    description: orNull(values.description),
    leadLandId: orNull(values.leadLandId),
    ozgId: orNull(values.ozgId),
    leikaKey: orNull(values.leikaKey),
    serviceStatus: orNull(values.serviceStatus),
    link: orNull(values.link),
  };
}

function failure(e: unknown): Record<string, string> | false {
  const fields = apiFieldErrors(e);
  return Object.keys(fields).length > 0 ? fields : false;
}

/** /verwaltung/bereiche/:slug/themen/neu: a new topic in a board. */
export function NewTopicPage() {
  const { t } = useNamespace('topics');
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(AdminBoardQueryDocument, { variables: { slug } });
  const [createTopic, createState] = useMutation(CreateTopicMutationDocument, {
    refetchQueries: ['AdminBoard'],
  });
  const board = data?.board;
  if (loading && !data) return <Loading />;
  if (!board) return <ApiErrorAlert error={error} />;
  const backTo = `/verwaltung/bereiche/${encodeURIComponent(board.slug)}`;
  const showError = createState.error && Object.keys(apiFieldErrors(createState.error)).length === 0;
  return (
    <div className="app-stack app-narrow">
      <p className="kern-body">
        <Link className="kern-link" to={backTo}>
          {board.title}
        </Link>
      </p>
      <PageHeading title={t('admin.createTitle', { board: board.title })}>
        <span id="topic-create-heading">{t('admin.createTitle', { board: board.title })}</span>
      </PageHeading>
      {showError ? <ApiErrorAlert error={createState.error} /> : null}
      <TopicForm
        id="topic-create"
        initial={EMPTY_TOPIC}
        submitLabel={t('admin.create')}
        busy={createState.loading}
        onSubmit={async (values) => {
          try {
            await createTopic({ variables: { input: { boardId: board.id, ...toInput(values) } } });
            void navigate(backTo, { state: { status: t('admin.created', { title: values.title }) } });
          } catch (e) {
            return failure(e);
          }
        }}
      />
    </div>
  );
}

/** /verwaltung/themen/:topicId: edit, archive or move a topic. */
export function EditTopicPage() {
  const { t } = useNamespace('topics');
  const { topicId = '' } = useParams();
  const { data, loading, error } = useQuery(AdminTopicQueryDocument, {
    variables: { id: topicId },
    fetchPolicy: 'cache-and-network',
  });
  const { data: boardsData } = useQuery(AdminBoardsQueryDocument);
  const [updateTopic, updateState] = useMutation(UpdateTopicMutationDocument);
  const [status, setStatus] = useState<string | null>(null);
  const topic = data?.topic;
  if (loading && !data) return <Loading />;
  if (!topic) {
    return (
      <div className="app-stack">
        <PageHeading title={t('admin.notFound')} />
        <ApiErrorAlert error={error} />
      </div>
    );
  }
  const boards = boardsData?.boards ?? [];
  const board = boards.find((b) => b.id === topic.board.id);
  const showError = updateState.error && Object.keys(apiFieldErrors(updateState.error)).length === 0;
  return (
    <div className="app-stack app-narrow">
      <p className="kern-body">
        {board ? (
          <Link className="kern-link" to={`/verwaltung/bereiche/${encodeURIComponent(board.slug)}`}>
            {board.title}
          </Link>
        ) : (
          <Link className="kern-link" to="/verwaltung/bereiche">
            {t('common.back')}
          </Link>
        )}
      </p>
      <PageHeading title={t('admin.editTitle', { title: topic.title })}>
        <span id="topic-edit-heading">{t('admin.editTitle', { title: topic.title })}</span>
      </PageHeading>
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      {showError ? <ApiErrorAlert error={updateState.error} /> : null}
      {boards.length > 0 ? (
        <TopicForm
          key={topic.id}
          id="topic-edit"
          initial={{
            title: topic.title,
            description: topic.description ?? '',
            leadLandId: topic.leadLand?.id ?? '',
            ozgId: topic.ozgId ?? '',
            leikaKey: topic.leikaKey ?? '',
            serviceStatus: topic.serviceStatus ?? '',
            link: topic.link ?? '',
            boardId: topic.board.id,
            archived: topic.archived,
          }}
          boards={boards.map((b) => ({ id: b.id, title: b.title }))}
          submitLabel={t('common.save')}
          busy={updateState.loading}
          onSubmit={async (values) => {
            setStatus(null);
            try {
              await updateTopic({
                variables: {
                  input: {
                    topicId: topic.id,
                    ...toInput(values),
                    boardId: values.boardId,
                    archived: values.archived,
                  },
                },
                refetchQueries: ['AdminBoards'],
              });
              setStatus(t('admin.saved'));
            } catch (e) {
              return failure(e);
            }
          }}
        />
      ) : (
        <Loading />
      )}
    </div>
  );
}
