import { useTranslation } from 'react-i18next';
import { useRealtime } from '../hooks/realtime-context';

/** A polite status line while a dropped connection is being restored; empty (but present) otherwise. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const { status } = useRealtime();
  const reconnecting = status === 'reconnecting';
  return (
    <div role="status" className={reconnecting ? 'app-connection-status kern-container' : 'kern-sr-only'}>
      {reconnecting ? (
        <p className="app-connection-status__text kern-body kern-body--small">
          <span className="kern-icon kern-icon--warning kern-icon--small" aria-hidden="true" />
          {t('realtime.reconnecting')}
        </p>
      ) : null}
    </div>
  );
}
