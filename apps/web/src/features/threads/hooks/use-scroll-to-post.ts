import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the post named in the URL hash (`#post-<id>`, e.g. from a notification) into view once its data is
 * there, loading further pages until it is found. Runs once per navigation, never for posts arriving later.
 */
export function useScrollToPost(
  ready: boolean,
  hasNextPage: boolean,
  loadingMore: boolean,
  loadNewer: () => unknown,
): void {
  const { hash, key } = useLocation();
  const handled = useRef<string | null>(null);
  useEffect(() => {
    const target = `${key}${hash}`;
    if (!ready || !hash.startsWith('#post-') || handled.current === target) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (element) {
      handled.current = target;
      element.scrollIntoView?.({ block: 'start' });
      element.focus({ preventScroll: true });
    } else if (hasNextPage) {
      if (!loadingMore) void loadNewer();
    } else {
      handled.current = target;
    }
  }, [ready, hash, key, hasNextPage, loadingMore, loadNewer]);
}
