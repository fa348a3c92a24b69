import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../../shared/components/Alert';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { Badge } from '../../../shared/components/Badge';
import { Icon } from '../../../shared/components/Icon';
import { LoadMoreButton } from '../../../shared/components/LoadMoreButton';
import { Loading } from '../../../shared/components/Loading';
import { PageHeading } from '../../../shared/components/PageHeading';
import { RelativeTime } from '../../../shared/components/RelativeTime';
import { Breadcrumbs } from '../../layout/components/Breadcrumbs';
import { NotFoundPage } from '../../layout/components/NotFoundPage';
import { PostItem } from '../../posts/components/PostItem';
import { ReplyForm } from '../../posts/components/ReplyForm';
import { ThreadStateBadge } from '../../topics/components/ThreadStateBadge';
import { useThread } from '../hooks/use-thread';
import { useThreadLiveUpdates } from '../hooks/use-thread-live-updates';
import { AcceptedAnswerBox } from './AcceptedAnswerBox';

export function ThreadPage() {
  const { t } = useTranslation();
  const { threadId = '' } = useParams();
  const { data, loading, error, loadNewer, loadingMore, accept, accepting, acceptError, refetch } = useThread(threadId);
  useThreadLiveUpdates(threadId, () => void refetch());
  const thread = data?.thread;
  if (loading && !thread) return <Loading />;
  if (error && !thread) return <ApiErrorAlert error={error} />;
  if (!thread) return <NotFoundPage />;

  const posts = thread.posts.edges.map((e) => e.node);
  const firstPostId = posts[0]?.id;
  const acceptedBody = thread.acceptedPost ? posts.find((p) => p.id === thread.acceptedPost?.id)?.bodyHtml : undefined;

  return (
    <div className="app-stack">
      <Breadcrumbs
        items={[
          { label: t('nav.boards'), to: '/bereiche' },
          { label: thread.topic.board.title, to: `/bereiche/${encodeURIComponent(thread.topic.board.slug)}` },
          { label: thread.topic.title, to: `/themen/${encodeURIComponent(thread.topic.id)}` },
          { label: thread.title },
        ]}
      />
      <PageHeading title={thread.title} />
      <div className="app-thread-meta">
        <ThreadStateBadge state={thread.state} />
        {thread.pinned ? (
          <Badge variant="info">
            <Icon name="pin" /> {t('threads.pinned')}
          </Badge>
        ) : null}
        {thread.locked ? (
          <Badge variant="danger">
            <Icon name="lock" /> {t('threads.locked')}
          </Badge>
        ) : null}
        <span className="kern-body kern-body--small">
          {t('common.replies', { count: thread.replyCount })} · {t('common.lastActivity')}: <RelativeTime iso={thread.lastActivityAt} />
        </span>
      </div>
      {thread.acceptedPost ? <AcceptedAnswerBox post={thread.acceptedPost} bodyHtml={acceptedBody} /> : null}
      <ApiErrorAlert error={acceptError} />
      <section aria-labelledby="posts-title" className="app-stack">
        <h2 id="posts-title" className="kern-sr-only">
          {t('threads.postsTitle')}
        </h2>
        <ol className="app-post-list">
          {posts.map((post) => (
            <li key={post.id}>
              <PostItem
                post={post}
                isQuestion={post.id === firstPostId}
                canAccept={thread.viewerCanAccept}
                accepting={accepting}
                onAccept={(id) => void accept(id)}
              />
            </li>
          ))}
        </ol>
        {thread.posts.pageInfo.hasNextPage ? <LoadMoreButton onClick={() => void loadNewer()} loading={loadingMore} /> : null}
      </section>
      {thread.locked ? (
        <Alert variant="warning" title={t('threads.lockedNotice')} />
      ) : thread.viewerCanReply ? (
        <ReplyForm
          threadId={thread.id}
          onCreated={() => {
            // Append the new reply (and any that arrived meanwhile) unless older pages are still unloaded.
            if (!thread.posts.pageInfo.hasNextPage) void loadNewer();
          }}
        />
      ) : (
        <p className="kern-body">{t('posts.cannotReply')}</p>
      )}
    </div>
  );
}
