import { useState } from 'react';
import type { PostFieldsFragment } from '@/gql/graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { FlagPostDialog } from './FlagPostDialog';
import { HidePostDialog } from './HidePostDialog';
import { Icon } from '@/shared/components/Icon';
import { useViewer } from '@/features/auth/hooks/use-viewer';

interface PostModerationActionsProps {
  post: Pick<PostFieldsFragment, 'id' | 'hidden' | 'deleted' | 'author'>;
  /** The viewer moderates this thread's board (or everything). */
  canModerate: boolean;
}

type Status = { text: string; variant: 'success' | 'info' } | null;

/** Per post: "Melden" for other people's posts; "Ausblenden"/"Einblenden" for moderators. */
export function PostModerationActions({ post, canModerate }: PostModerationActionsProps) {
  const { t, ready } = useNamespace('moderation');
  const { viewer } = useViewer();
  const [dialog, setDialog] = useState<'flag' | 'hide' | null>(null);
  const [status, setStatus] = useState<Status>(null);
  if (!ready || !viewer || viewer.status !== 'ACTIVE' || post.deleted) return null;
  const canFlag = post.author.id !== viewer.id && !post.hidden;
  if (!canFlag && !canModerate) return null;

  return (
    <>
      {canFlag ? (
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--x-small app-post__action app-post__action--compact"
          aria-label={t('flag.buttonLabel', { name: post.author.displayName })}
          aria-haspopup="dialog"
          onClick={() => {
            setStatus(null);
            setDialog('flag');
          }}
        >
          <Icon name="flag" size="small" />
          <span className="kern-label">{t('flag.button')}</span>
        </button>
      ) : null}
      {canModerate ? (
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--x-small app-post__action app-post__action--compact"
          aria-haspopup="dialog"
          onClick={() => {
            setStatus(null);
            setDialog('hide');
          }}
        >
          <Icon name={post.hidden ? 'visibility' : 'visibility-off'} size="small" />
          <span className="kern-label">{post.hidden ? t('hide.unhideButton') : t('hide.hideButton')}</span>
        </button>
      ) : null}
      <span role="status" className="app-post__status">
        {status ? (
          <>
            <Icon name={status.variant === 'success' ? 'check-circle' : 'info'} size="small" />
            {status.text}
          </>
        ) : null}
      </span>
      {canFlag ? (
        <FlagPostDialog
          open={dialog === 'flag'}
          postId={post.id}
          onClose={() => setDialog(null)}
          onDone={(text, variant) => {
            setDialog(null);
            setStatus({ text, variant });
          }}
        />
      ) : null}
      {canModerate ? (
        <HidePostDialog
          open={dialog === 'hide'}
          postId={post.id}
          currentlyHidden={post.hidden}
          onClose={() => setDialog(null)}
          onDone={(text) => {
            setDialog(null);
            setStatus({ text, variant: 'success' });
          }}
        />
      ) : null}
    </>
  );
}
