import { Link } from 'react-router';
import { useNamespace } from '@/shared/hooks/use-namespace';

/** On a board, topic or tag page: its Atom feed address, to be completed with the personal feed token. */
export function FeedHint({ kind, id }: { kind: 'board' | 'topic' | 'tag'; id: string }) {
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
