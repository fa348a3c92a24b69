import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import type { PostFieldsFragment } from '@/gql/graphql';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { SetHelpfulMutationDocument } from '../graphql/reactions.graphql';
import { Icon } from '@/shared/components/Icon';

type HelpfulPost = Pick<
  PostFieldsFragment,
  'id' | 'helpfulCount' | 'viewerFoundHelpful' | 'helpfulBy' | 'author'
>;

/**
 * "Hilfreich" toggle (aria-pressed) with its count and a disclosure listing who found the post helpful; on the
 * viewer's own post only the count.
 */
export function HelpfulButton({ post }: { post: HelpfulPost }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const own = post.author.id === viewer?.id;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [setHelpful, { loading, error }] = useMutation(SetHelpfulMutationDocument);
  const pressed = post.viewerFoundHelpful;

  function toggle() {
    const helpful = !pressed;
    void setHelpful({
      variables: { postId: post.id, helpful },
      optimisticResponse: {
        // __typename lets the cache file the optimistic answer under the post.
        setHelpful: Object.assign(
          { __typename: 'Post' as const },
          {
            id: post.id,
            helpfulCount: Math.max(0, post.helpfulCount + (helpful ? 1 : -1)),
            viewerFoundHelpful: helpful,
            helpfulBy: post.helpfulBy,
          },
        ),
      },
    }).catch(() => undefined);
  }

  if (own && post.helpfulCount === 0) return null;
  return (
    <div className="app-helpful">
      {own ? (
        <span className="app-helpful__count">
          <Icon name="thumb-up" size="small" />
          {t('reactions.helpfulCount', { count: post.helpfulCount })}
        </span>
      ) : (
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--x-small app-post__action"
          aria-pressed={pressed}
          disabled={loading}
          onClick={toggle}
        >
          <Icon name={pressed ? 'thumb-up-filled' : 'thumb-up'} size="small" />
          <span className="kern-label">{t('reactions.helpfulLabel', { count: post.helpfulCount })}</span>
        </button>
      )}
      {post.helpfulCount > 0 ? (
        <>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary kern-btn--x-small app-post__action app-helpful__who"
            aria-label={t('reactions.helpfulWho')}
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            <span className="kern-label">{t('reactions.helpfulWhoShort')}</span>
          </button>
          <ul id={listId} className="kern-list app-helpful__list" hidden={!open}>
            {post.helpfulBy.map((user) => (
              <li key={user.id}>{user.displayName}</li>
            ))}
          </ul>
        </>
      ) : null}
      <ApiErrorAlert error={error} />
    </div>
  );
}
