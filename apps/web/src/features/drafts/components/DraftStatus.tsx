import { useTranslation } from 'react-i18next';
import type { DraftStatus as Status } from '../hooks/use-draft';
import './drafts.css';
import { Icon } from '@/shared/components/Icon';

const MESSAGES: Partial<Record<Status, string>> = {
  saving: 'drafts.saving',
  saved: 'drafts.saved',
  restored: 'drafts.restored',
  error: 'drafts.error',
  discarded: 'drafts.discarded',
};

/** "Entwurf gespeichert" and friends, announced politely; "Entwurf verwerfen" while a draft exists. */
export function DraftStatus({
  status,
  hasDraft,
  onDiscard,
}: {
  status: Status;
  hasDraft: boolean;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const message = MESSAGES[status];
  return (
    <div className="app-draft-status">
      <p className="kern-body kern-body--small kern-body--muted" role="status">
        {message ? t(message) : ''}
      </p>
      {hasDraft ? (
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={onDiscard}>
          <Icon name="delete" size="small" />
          <span className="kern-label">{t('drafts.discard')}</span>
        </button>
      ) : null}
    </div>
  );
}
