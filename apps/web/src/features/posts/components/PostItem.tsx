import { useMutation } from '@apollo/client/react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { RelativeTime } from '@/shared/components/RelativeTime';
import type { PostFieldsFragment } from '@/gql/graphql';
import { QuoteActions } from './QuoteActions';
import { DeletePostMutationDocument } from '../graphql/post.graphql';
import { DeletePostDialog } from './DeletePostDialog';
import { EditPostForm } from './EditPostForm';
import { PostBadges } from './PostBadges';
import { AttachmentList } from '@/features/attachments/components/AttachmentList';
import { PostBody } from './PostBody';
import { Icon } from '@/shared/components/Icon';
import './posts.css';
import { useViewer } from '@/features/auth/hooks/use-viewer';

interface PostItemProps {
  post: PostFieldsFragment;
  /** Position in the thread (1 = the question), shown as a permalink "#n". */
  number?: number;
  isQuestion: boolean;
  canAccept: boolean;
  /** "Hilfreich" from a higher feature (features/reactions), shown on a visible post to a signed-in viewer. */
  reactions?: ReactNode;
  /** "Melden" and "Ausblenden" from a higher feature (features/moderation), at the end of the actions. */
  moderation?: ReactNode;
  accepting?: boolean;
  onAccept?: (postId: string) => void;
  /** Inserts a quote (the selection or the whole post) into the reply editor; no quoting without it. */
  onQuote?: (text: string) => void;
}

export function PostItem({
  post,
  number,
  isQuestion,
  canAccept,
  reactions,
  moderation,
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

  const landName = post.author.organisation.kind === 'LAND' ? post.author.organisation.name : null;
  return (
    <article
      id={`post-${post.id}`}
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <header className="app-post__header">
        <span className="app-post__avatar" aria-hidden="true">
          {initials(post.author.displayName)}
        </span>
        <div className="app-post__byline">
          <h3 className="app-post__author" id={headingId}>
            <span className="kern-sr-only">{t('posts.authorPrefix')} </span>
            <Link className="kern-link" to={`/nutzer/${encodeURIComponent(post.author.id)}`}>
              {post.author.displayName}
            </Link>
          </h3>
          <p className="app-post__meta">
            <Link
              className="kern-link app-post__org"
              to={`/organisationen/${encodeURIComponent(post.author.organisation.id)}`}
            >
              {post.author.organisation.name}
            </Link>
            {landName ? (
              <span className="app-post__land">
                <Icon name="land" size="small" />
                {t('posts.landAccount')}
              </span>
            ) : null}
            <span aria-hidden="true">·</span>
            <RelativeTime iso={post.createdAt} />
            {post.editedAt ? (
              <>
                <span aria-hidden="true">·</span>
                <span title={post.editedAt}>{t('posts.edited')}</span>
              </>
            ) : null}
          </p>
        </div>
        {number ? (
          <a
            className="app-post__number"
            href={`#post-${post.id}`}
            aria-label={t('posts.permalink', { number })}
          >
            #{number}
          </a>
        ) : null}
      </header>
      <PostBadges post={post} isQuestion={isQuestion} />
      {editing ? (
        <EditPostForm post={post} onDone={() => setEditing(false)} />
      ) : (
        <div ref={bodyRef} className="app-post__body">
          <PostBody post={post} />
          <AttachmentList attachments={post.attachments} bodyHtml={post.bodyHtml} />
        </div>
      )}
      <ApiErrorAlert error={deleteError} />
      {!editing && !post.deleted ? (
        <footer className="app-post__actions">
          {visible && viewer ? reactions : null}
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
              className="kern-btn kern-btn--secondary kern-btn--x-small app-post__action"
              disabled={accepting}
              onClick={() => onAccept(post.id)}
            >
              <Icon name="check-circle" size="small" />
              <span className="kern-label">{accepting ? t('posts.accepting') : t('posts.accept')}</span>
            </button>
          ) : null}
          <span className="app-post__actions-end">
            {post.viewerCanEdit ? (
              <button
                type="button"
                className="kern-btn kern-btn--tertiary kern-btn--x-small app-post__action app-post__action--compact"
                onClick={() => setEditing(true)}
              >
                <Icon name="edit" size="small" />
                <span className="kern-label">{t('common.edit')}</span>
              </button>
            ) : null}
            {post.viewerCanDelete ? (
              <button
                type="button"
                className="kern-btn kern-btn--tertiary kern-btn--x-small app-post__action app-post__action--compact"
                onClick={() => setConfirmDelete(true)}
              >
                <Icon name="delete" size="small" />
                <span className="kern-label">{t('common.delete')}</span>
              </button>
            ) : null}
            {moderation}
          </span>
        </footer>
      ) : null}
      {post.viewerCanDelete ? (
        <DeletePostDialog
          open={confirmDelete}
          busy={deleting}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void onConfirmDelete()}
        />
      ) : null}
    </article>
  );
}

/** Up to two initials for the avatar ("Julia Berger" → "JB"). */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '');
  return (letters.length > 1 ? letters[0] + letters[letters.length - 1] : (letters[0] ?? '?')) || '?';
}
