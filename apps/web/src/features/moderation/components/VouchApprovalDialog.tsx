import { useState } from 'react';
import { FieldError } from '@/shared/components/FieldError';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ModalDialog } from '@/shared/components/ModalDialog';

interface VouchApprovalDialogProps {
  user: { id: string; displayName: string; email: string | null } | null;
  busy: boolean;
  onClose: () => void;
  onApprove: (userId: string) => void;
}

/**
 * Approving a registration whose e-mail address is not confirmed yet: the moderator vouches for the
 * address (e.g. after a phone call); the audit log records that the moderation, not the link, confirmed it.
 */
export function VouchApprovalDialog({ user, busy, onClose, onApprove }: VouchApprovalDialogProps) {
  const { t } = useNamespace('moderation');
  const [vouched, setVouched] = useState(false);
  const [error, setError] = useState<string | undefined>();

  function close() {
    setVouched(false);
    setError(undefined);
    onClose();
  }

  return (
    <ModalDialog
      open={user !== null}
      id="vouch-approval"
      title={t('approvals.vouchTitle')}
      description={
        user
          ? t('approvals.vouchDescription', { name: user.displayName, email: user.email ?? '–' })
          : undefined
      }
      onClose={close}
      onSubmit={() => {
        if (!user) return;
        if (!vouched) {
          setError(t('approvals.vouchRequired'));
          document.getElementById('vouch-approval-check')?.focus();
          return;
        }
        setVouched(false);
        setError(undefined);
        onApprove(user.id);
      }}
      submitLabel={t('approvals.vouchSubmit')}
      cancelLabel={t('common.cancel')}
      busy={busy}
    >
      <div className={`kern-form-check${error ? ' kern-form-check--error' : ''}`}>
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id="vouch-approval-check"
          checked={vouched}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'vouch-approval-error' : undefined}
          onChange={(e) => {
            setVouched(e.target.checked);
            if (e.target.checked) setError(undefined);
          }}
        />
        <label className="kern-label" htmlFor="vouch-approval-check">
          {t('approvals.vouchCheck', { email: user?.email ?? '–' })}
        </label>
      </div>
      {error ? <FieldError id="vouch-approval-error" message={error} /> : null}
    </ModalDialog>
  );
}
