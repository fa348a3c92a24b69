import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { Badge } from '@/shared/components/Badge';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { LiveAnnouncement } from '@/shared/components/LiveAnnouncement';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { RelativeTime } from '@/shared/components/RelativeTime';
import { useAnnouncer } from '@/shared/hooks/use-announcer';
import { BookmarkButton } from '@/features/bookmarks/components/BookmarkButton';
import { useMarkThreadRead } from '@/features/reading/hooks/use-mark-thread-read';
import { ReopenThreadButton } from '@/features/threads/components/ReopenThreadButton';
import { Breadcrumbs } from '@/shared/components/Breadcrumbs';
import { NotFoundPage } from '@/shared/components/NotFoundPage';
import { MergedThreadNotice } from '@/features/moderation/components/MergedThreadNotice';
import { ThreadModerationControls } from '@/features/moderation/components/ThreadModerationControls';
import { useCanModerateThread } from '@/features/moderation/hooks/use-can-moderate';
import { HelpfulButton } from '@/features/reactions/components/HelpfulButton';
import { PostModerationActions } from '@/features/moderation/components/PostModerationActions';
import { PostItem } from '@/features/posts/components/PostItem';
import { PromoteToFaqAction } from '@/features/faq/components/PromoteToFaqAction';
import { ReplyForm, type ReplyFormHandle } from './ReplyForm';
import { ProgressBadge } from '@/features/threads/components/ProgressBadge';
import { TagLinks } from '@/features/tags/components/TagLinks';
import { WatchControl } from '@/features/watches/components/WatchControl';
import { useThread } from '@/features/threads/hooks/use-thread';
import { useScrollToPost } from '@/features/threads/hooks/use-scroll-to-post';
import { useThreadLiveUpdates } from '@/features/threads/hooks/use-thread-live-updates';
import { AcceptedAnswerBox } from '@/features/threads/components/AcceptedAnswerBox';
import './thread-page.css';
import { useViewer } from '@/features/auth/hooks/use-viewer';

export function ThreadPage() {
  const { t } = useTranslation();
  const { threadId = '' } = useParams();
  const { viewer } = useViewer();
  const {
    data,
    loading,
    error,
    loadNewer,
    refreshLoaded,
    catchUp,
    loadingMore,
    accept,
    accepting,
    acceptError,
  } = useThread(threadId);
  const [announcement, announce] = useAnnouncer();
  const [mergedInto, setMergedInto] = useState<string | null>(null);
  const thread = data?.thread;
  const hasNextPage = thread?.posts.pageInfo.hasNextPage ?? false;
  const canModerate = useCanModerateThread(thread?.id);
  const replyForm = useRef<ReplyFormHandle>(null);
  const loadedEdges = thread?.posts.edges ?? [];
  useMarkThreadRead(
    thread?.id,
    thread?.viewerFirstUnreadPostId,
    loadedEdges[0]?.node.id,
    loadedEdges[loadedEdges.length - 1]?.node.id,
  );

  useThreadLiveUpdates(threadId, {
    onPostCreated: (postId) => {
      if (thread?.posts.edges.some((e) => e.node.id === postId)) return;
      // With older pages still unloaded the new post would not be next in line: only say that it exists.
      if (hasNextPage) return announce(t('threads.live.newReplyNotLoaded'));
      // Appended below what the reader sees; the page never scrolls.
      void loadNewer().then((posts) => {
        const post = posts.find((p) => p.id === postId);
        if (post && post.author.id !== viewer?.id)
          announce(t('threads.live.newReply', { name: post.author.displayName }));
      });
    },
    onStale: () => void refreshLoaded(),
    onMerged: setMergedInto,
    onReconnect: () => void catchUp(),
  });
  useScrollToPost(Boolean(thread), hasNextPage, loadingMore, loadNewer);
  if (loading && !thread) return <Loading />;
  if (error && !thread) return <ApiErrorAlert error={error} />;
  if (!thread) return <NotFoundPage />;

  const posts = thread.posts.edges.map((e) => e.node);
  const firstPostId = posts[0]?.id;
  const acceptedBody = thread.acceptedPost
    ? posts.find((p) => p.id === thread.acceptedPost?.id)?.bodyHtml
    : undefined;

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
      <TagLinks threadId={thread.id} />
      <MergedThreadNotice routeId={threadId} threadId={thread.id} />
      <LiveAnnouncement announcement={announcement} />
      {mergedInto ? (
        <Alert variant="info" title={t('threads.live.merged')} live="status">
          <Link className="kern-link" to={`/fragen/${encodeURIComponent(mergedInto)}`}>
            {t('threads.live.mergedLink')}
          </Link>
        </Alert>
      ) : null}
      <div className="app-thread-meta">
        <ProgressBadge progress={thread.progress} />
        {thread.pinned ? (
          <Badge variant="info" icon="pin">
            {t('threads.pinned')}
          </Badge>
        ) : null}
        {thread.locked ? (
          <Badge variant="danger" icon="lock">
            {t('threads.locked')}
          </Badge>
        ) : null}
        <span className="kern-body kern-body--small">
          {t('common.replies', { count: thread.replyCount })} · {t('common.lastActivity')}:{' '}
          <RelativeTime iso={thread.lastActivityAt} />
        </span>
      </div>
      <div className="app-thread-toolbar">
        <BookmarkButton threadId={thread.id} bookmarked={thread.viewerBookmarked} />
        <WatchControl targetType="THREAD" targetKey={thread.id} />
        <ReopenThreadButton thread={thread} />
      </div>
      <ThreadModerationControls thread={thread} canModerate={canModerate} />
      {thread.acceptedPost ? <AcceptedAnswerBox post={thread.acceptedPost} bodyHtml={acceptedBody} /> : null}
      <ApiErrorAlert error={acceptError} />
      <section aria-labelledby="posts-title" className="app-stack">
        <h2 id="posts-title" className="kern-sr-only">
          {t('threads.postsTitle')}
        </h2>
        <ol className="app-post-list">
          {posts.map((post, index) => (
            <li key={post.id}>
              <PostItem
                post={post}
                number={index + 1}
                isQuestion={post.id === firstPostId}
                canAccept={thread.viewerCanAccept}
                accepting={accepting}
                onAccept={(id) => void accept(id)}
                onQuote={
                  !thread.locked && thread.viewerCanReply
                    ? (text) => replyForm.current?.insertQuote(text)
                    : undefined
                }
                reactions={<HelpfulButton post={post} />}
                moderation={
                  <>
                    <PromoteToFaqAction
                      topicId={thread.topic.id}
                      post={post}
                      isQuestion={post.id === firstPostId}
                      threadTitle={thread.title}
                    />
                    <PostModerationActions post={post} canModerate={canModerate} />
                  </>
                }
              />
            </li>
          ))}
        </ol>
        {thread.posts.pageInfo.hasNextPage ? (
          <LoadMoreButton onClick={() => void loadNewer()} loading={loadingMore} />
        ) : null}
      </section>
      {thread.locked ? (
        <Alert variant="warning" title={t('threads.lockedNotice')} />
      ) : thread.viewerCanReply ? (
        <ReplyForm
          ref={replyForm}
          threadId={thread.id}
          leadLandId={thread.topic.leadLand?.id}
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
