import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { useNamespace } from '@/shared/hooks/use-namespace';

/**
 * thread(id) answers a merged thread's id with the thread it was merged into: then the address is replaced
 * by the target's and a note explains why a different question is shown.
 */
export function MergedThreadNotice({ routeId, threadId }: { routeId: string; threadId: string }) {
  const { t, ready } = useNamespace('moderation');
  const navigate = useNavigate();
  const location = useLocation();
  const mergedFrom = (location.state as { mergedFrom?: string } | null)?.mergedFrom;
  useEffect(() => {
    if (routeId && threadId && routeId !== threadId) {
      void navigate(`/fragen/${encodeURIComponent(threadId)}${location.hash}`, {
        replace: true,
        state: { mergedFrom: routeId },
      });
    }
  }, [routeId, threadId, navigate, location.hash]);
  if (!ready || (!mergedFrom && routeId === threadId)) return null;
  return (
    <Alert variant="info" title={t('thread.merged')} live="status">
      <p className="kern-body">{t('thread.mergedText')}</p>
    </Alert>
  );
}
