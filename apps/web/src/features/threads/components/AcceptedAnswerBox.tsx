import { useTranslation } from 'react-i18next';
import { Alert } from '@/shared/components/Alert';
import type { ThreadQuery } from '@/gql/graphql';

type AcceptedPost = NonNullable<NonNullable<ThreadQuery['thread']>['acceptedPost']>;

/** Summary at the top of a thread that points to the accepted answer further down. */
export function AcceptedAnswerBox({ post, bodyHtml }: { post: AcceptedPost; bodyHtml?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="accepted-title" className="app-accepted-box">
      <Alert variant="success" title={t('threads.acceptedTitle')}>
        <h2 id="accepted-title" className="kern-sr-only">
          {t('threads.acceptedTitle')}
        </h2>
        <p className="kern-body kern-body--bold">
          {t('threads.acceptedBy', { name: post.author.displayName })} ({post.author.organisation.name})
        </p>
        {bodyHtml ? (
          <div
            className="app-post-body app-accepted-box__body"
            dangerouslySetInnerHTML={{ __html: bodyHtml }}
          />
        ) : null}
        <p>
          <a className="kern-link" href={`#post-${post.id}`}>
            {t('threads.acceptedJump')}
          </a>
        </p>
      </Alert>
    </section>
  );
}
