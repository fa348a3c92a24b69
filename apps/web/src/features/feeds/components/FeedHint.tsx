import { Link } from 'react-router';
import { useNamespace } from '@/shared/hooks/use-namespace';

/** Under a board or topic: its Atom feed address, to be completed with the personal feed token. */
export function FeedHint({ kind, id }: { kind: 'board' | 'topic'; id: string }) {
  const { t, ready } = useNamespace('feeds');
  if (!ready) return null;
  return (
    <p className="kern-body kern-body--small">
      {t('hint')} <code>{`/feeds/${kind}/${id}.atom?token=…`}</code>{' '}
      <Link className="kern-link" to="/einstellungen#feeds">
        {t('hintLink')}
      </Link>
    </p>
  );
}
