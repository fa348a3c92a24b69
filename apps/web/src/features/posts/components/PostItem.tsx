import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../shared/components/ApiErrorAlert';
import { RelativeTime } from '../../../shared/components/RelativeTime';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/viewer-context';
import { HelpfulButton } from '../../comforts/components/HelpfulButton';
import { QuoteActions } from '../../comforts/components/QuoteActions';
import { PostModerationActions } from '../../moderation/components/PostModerationActions';
import { DeletePostMutationDocument } from '../graphql/post.graphql';
import { DeletePostDialog } from './DeletePostDialog';
import { EditPostForm } from './EditPostForm';
import { PostBadges } from './PostBadges';
import { PostBody } from './PostBody';
import { Icon } from '../../../shared/components/Icon';

interface PostItemProps {
  post: PostFieldsFragment;
  isQuestion: boolean;
  canAccept: boolean;
  /** The viewer moderates this thread: offers hiding the post (features/moderation). */
  canModerate?: boolean;
  accepting?: boolean;
  onAccept?: (postId: string) => void;
  /** Inserts a quote (the selection or the whole post) into the reply editor; no quoting without it. */
  onQuote?: (text: string) => void;
}

export function PostItem({
  post,
  isQuestion,
  canAccept,
  canModerate = false,
  accepting,
  onAccept,
  onQuote,
}: PostItemProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const bodyRef = useRef<HTMLDivElement>(null);
  const visible = !post.deleted && !post.hidden;
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deletePost, { loading: deleting, error: deleteError }] = useMutation(DeletePostMutationDocument);
  const headingId = `post-${post.id}-author`;
  const showAccept = canAccept && !isQuestion && !post.accepted && !post.deleted && !post.hidden && onAccept;
  const classes = [
    'app-post',
    post.accepted ? 'app-post--accepted' : '',
    post.official ? 'app-post--official' : '',
  ];

  async function onConfirmDelete() {
    try {
      await deletePost({ variables: { postId: post.id } });
    } finally {
      setConfirmDelete(false);
    }
  }

  return (
    <article
      id={`post-${post.id}`}
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <header className="app-post__header">
        <div>
          <h3 className="kern-title app-post__author" id={headingId}>
            <span className="kern-sr-only">{t('posts.authorPrefix')} </span>
            <Link className="kern-link" to={`/nutzer/${encodeURIComponent(post.author.id)}`}>
              {post.author.displayName}
            </Link>
          </h3>
          <p className="kern-body kern-body--small kern-body--muted">
            <Link
              className="kern-link"
              to={`/organisationen/${encodeURIComponent(post.author.organisation.id)}`}
            >
              {post.author.organisation.name}
            </Link>
            {' · '}
            <RelativeTime iso={post.createdAt} />
            {post.editedAt ? (
              <>
                {' · '}
                <span title={post.editedAt}>{t('posts.edited')}</span>
              </>
            ) : null}
          </p>
        </div>
        <PostBadges post={post} isQuestion={isQuestion} />
      </header>
      {editing ? (
        <EditPostForm post={post} onDone={() => setEditing(false)} />
      ) : (
        <div ref={bodyRef}>
          <PostBody post={post} />
        </div>
      )}
      <ApiErrorAlert error={deleteError} />
      {!editing && visible && viewer ? (
        <HelpfulButton post={post} own={post.author.id === viewer.id} />
      ) : null}
      {!editing && !post.deleted && (showAccept || post.viewerCanEdit || post.viewerCanDelete || onQuote) ? (
        <div className="app-post__actions">
          {onQuote && visible ? (
            <QuoteActions
              bodyRef={bodyRef}
              body={post.body}
              authorName={post.author.displayName}
              onQuote={onQuote}
            />
          ) : null}
          {showAccept ? (
            <button
              type="button"
              className="kern-btn kern-btn--secondary kern-btn--x-small"
              disabled={accepting}
              onClick={() => onAccept(post.id)}
            >
              <Icon name="check" size="small" />
              <span className="kern-label">{accepting ? t('posts.accepting') : t('posts.accept')}</span>
            </button>
          ) : null}
          {post.viewerCanEdit ? (
            <button
              type="button"
              className="kern-btn kern-btn--tertiary kern-btn--x-small"
              onClick={() => setEditing(true)}
            >
              <Icon name="edit" size="small" />
              <span className="kern-label">{t('common.edit')}</span>
            </button>
          ) : null}
          {post.viewerCanDelete ? (
            <button
              type="button"
              className="kern-btn kern-btn--tertiary kern-btn--x-small"
              onClick={() => setConfirmDelete(true)}
            >
              <Icon name="delete" size="small" />
              <span className="kern-label">{t('common.delete')}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {post.viewerCanDelete ? (
        <DeletePostDialog
          open={confirmDelete}
          busy={deleting}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void onConfirmDelete()}
        />
      ) : null}
      {!editing ? <PostModerationActions post={post} canModerate={canModerate} /> : null}
    </article>
  );
}
