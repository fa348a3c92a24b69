import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { Breadcrumbs } from '@/shared/components/Breadcrumbs';
import { NotFoundPage } from '@/shared/components/NotFoundPage';
import { NewThreadTopicQueryDocument } from '@/features/threads/graphql/thread.graphql';
import { NewThreadForm } from './NewThreadForm';

export function NewThreadPage() {
  const { t } = useTranslation();
  const { topicId = '' } = useParams();
  const [params] = useSearchParams();
  const mention = params.get('an')?.slice(0, 80) || undefined;
  const { data, loading, error } = useQuery(NewThreadTopicQueryDocument, { variables: { id: topicId } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ApiErrorAlert error={error} />;
  const topic = data?.topic;
  if (!topic) return <NotFoundPage />;
  return (
    <div className="app-stack app-narrow">
      <Breadcrumbs
        items={[
          { label: t('nav.boards'), to: '/bereiche' },
          { label: topic.board.title, to: `/bereiche/${encodeURIComponent(topic.board.slug)}` },
          { label: topic.title, to: `/themen/${encodeURIComponent(topic.id)}` },
          { label: t('threads.new.title') },
        ]}
      />
      <PageHeading title={t('threads.new.title')} />
      <p className="kern-body">{t('threads.new.intro', { topic: topic.title })}</p>
      <NewThreadForm topicId={topic.id} mention={mention} />
    </div>
  );
}
