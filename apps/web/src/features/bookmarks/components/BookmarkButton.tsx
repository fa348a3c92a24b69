import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { BookmarkThreadMutationDocument } from '../graphql/bookmarks.graphql';
import { Icon } from '@/shared/components/Icon';

/** "Merken" toggle on a thread (aria-pressed); the list is on /merkliste. */
export function BookmarkButton({ threadId, bookmarked }: { threadId: string; bookmarked: boolean }) {
  const { t } = useTranslation();
  const [bookmark, { loading, error }] = useMutation(BookmarkThreadMutationDocument, {
    // The bookmark list changes: drop it from the cache so /merkliste loads it fresh.
    update(cache) {
      cache.evict({ fieldName: 'bookmarks' });
      cache.gc();
    },
  });
  return (
    <div>
      <button
        type="button"
        className="kern-btn kern-btn--secondary kern-btn--small"
        aria-pressed={bookmarked}
        disabled={loading}
        onClick={() =>
          void bookmark({
            variables: { threadId, bookmarked: !bookmarked },
            optimisticResponse: {
              // __typename lets the cache file the optimistic answer under the thread.
              bookmarkThread: Object.assign(
                { __typename: 'Thread' as const },
                { id: threadId, viewerBookmarked: !bookmarked },
              ),
            },
          }).catch(() => undefined)
        }
      >
        <Icon name={bookmarked ? 'bookmark-filled' : 'bookmark'} size="small" />
        <span className="kern-label">{t('bookmarks.bookmark')}</span>
      </button>
      <ApiErrorAlert error={error} />
    </div>
  );
}
