import { LIMITS } from '@forum/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Breadcrumbs } from '@/shared/components/Breadcrumbs';
import { Loading } from '@/shared/components/Loading';
import { NotFoundPage } from '@/shared/components/NotFoundPage';
import { PageHeading } from '@/shared/components/PageHeading';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { FeedHint } from '@/features/feeds/components/FeedHint';
import { ThreadList } from '@/features/threads/components/ThreadList';
import { TagPageQueryDocument } from '@/features/tags/graphql/tags.graphql';

/** `/schlagwort/:tagSlug`: the questions with one tag, across all EfA services. */
export function TagPage() {
  const { t } = useTranslation();
  const { tagSlug: slug = '' } = useParams();
  const { loading, error, connection, loadMore, loadingMore, data } = useConnectionList(
    TagPageQueryDocument,
    (d) => d.tag?.threads,
    { variables: { slug, first: LIMITS.pageSizeDefault } },
  );
  const tag = data?.tag;
  if (loading && !data) return <Loading />;
  if (error && !data) return <ApiErrorAlert error={error} />;
  if (!tag) return <NotFoundPage />;
  return (
    <div className="app-stack">
      <Breadcrumbs items={[{ label: t('nav.boards'), to: '/bereiche' }, { label: tag.name }]} />
      <PageHeading title={t('tags.pageTitle', { name: tag.name })} />
      {tag.description ? <p className="kern-body kern-body--large">{tag.description}</p> : null}
      <p className="kern-body">{t('tags.pageIntro')}</p>
      <FeedHint kind="tag" id={tag.id} />
      {connection ? (
        <ThreadList
          threads={connection.edges.map((e) => e.node)}
          totalCount={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loadingMore={loadingMore}
          onLoadMore={loadMore}
          filtered
        />
      ) : null}
    </div>
  );
}
