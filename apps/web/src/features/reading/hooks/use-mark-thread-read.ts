import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { MarkThreadReadMutationDocument } from '../graphql/reading.graphql';

/**
 * Opening a thread: starts at the viewer's first unread post (unless the URL names a post already) and
 * marks everything loaded as read, again whenever further posts are loaded.
 */
export function useMarkThreadRead(
  threadId: string | undefined,
  firstUnreadPostId: string | null | undefined,
  firstPostId: string | undefined,
  lastLoadedPostId: string | undefined,
): void {
  const [markRead] = useMutation(MarkThreadReadMutationDocument);
  const { hash } = useLocation();
  const navigate = useNavigate();
  const jumped = useRef<string | null>(null);
  const marked = useRef<string | null>(null);

  useEffect(() => {
    // Decide once per thread, before marking read changes what the server reports.
    if (!threadId || jumped.current === threadId) return;
    jumped.current = threadId;
    if (hash || !firstUnreadPostId || firstUnreadPostId === firstPostId) return;
    void navigate({ hash: `post-${firstUnreadPostId}` }, { replace: true, preventScrollReset: true });
  }, [threadId, firstUnreadPostId, firstPostId, hash, navigate]);

  useEffect(() => {
    if (!threadId || !lastLoadedPostId || jumped.current !== threadId) return;
    const target = `${threadId}:${lastLoadedPostId}`;
    if (marked.current === target) return;
    marked.current = target;
    void markRead({ variables: { threadId, upToPostId: lastLoadedPostId } }).catch(() => undefined);
  }, [threadId, lastLoadedPostId, markRead]);
}
