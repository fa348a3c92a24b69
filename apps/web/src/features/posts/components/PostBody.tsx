import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment } from '@/gql/graphql';

export function PostBody({ post }: { post: PostFieldsFragment }) {
  const { t } = useTranslation();
  if (post.deleted) return <p className="kern-body app-post__notice">{t('posts.deleted')}</p>;
  if (post.hidden) {
    return (
      <>
        <div className="app-post__notice">
          <p className="kern-body">{t('posts.hidden')}</p>
          {post.hiddenReason ? (
            <p className="kern-body kern-body--small">
              {t('posts.hiddenReason', { reason: post.hiddenReason })}
            </p>
          ) : null}
        </div>
        {/* Author and moderators still receive the text; everyone else gets an empty body. */}
        {post.bodyHtml ? (
          <div
            className="app-post-body app-post-body--hidden"
            dangerouslySetInnerHTML={{ __html: post.bodyHtml }}
          />
        ) : null}
      </>
    );
  }
  // bodyHtml is sanitised on the server (allow-listed tags, safe links).
  return <div className="app-post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />;
}
