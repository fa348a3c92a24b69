import { useTranslation } from 'react-i18next';
import { Icon } from '@/shared/components/Icon';
import { useRealtime } from '../hooks/use-realtime';

/** A polite status line while a dropped connection is being restored; empty (but present) otherwise. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const { status } = useRealtime();
  const reconnecting = status === 'reconnecting';
  return (
    <div role="status" className={reconnecting ? 'app-connection-status kern-container' : 'kern-sr-only'}>
      {reconnecting ? (
        <p className="app-connection-status__text kern-body kern-body--small">
          <Icon name="warning" size="small" />
          {t('realtime.reconnecting')}
        </p>
      ) : null}
    </div>
  );
}
