import { useTranslation } from 'react-i18next';
import type { DraftStatus as Status } from '../hooks/use-draft';
import './comforts.css';
import { Icon } from '../../../shared/components/Icon';

const MESSAGES: Partial<Record<Status, string>> = {
  saving: 'comforts.draftSaving',
  saved: 'comforts.draftSaved',
  restored: 'comforts.draftRestored',
  error: 'comforts.draftError',
  discarded: 'comforts.draftDiscarded',
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
          <span className="kern-label">{t('comforts.draftDiscard')}</span>
        </button>
      ) : null}
    </div>
  );
}
