import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { Role } from '@/gql/graphql';
import { Alert } from '@/shared/components/Alert';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { TextField } from '@/shared/components/TextField';
import { formatDate } from '@/shared/lib/format-date';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { isModerator } from '@/features/auth/lib/viewer-context';
import {
  ModerationUserQueryDocument,
  SetUserRoleMutationDocument,
  SuspendUserMutationDocument,
  UnsuspendUserMutationDocument,
} from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextAreaField } from '@/shared/components/TextAreaField';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import '@/shared/components/admin-ui.css';

const ROLES: Role[] = ['USER', 'MODERATOR', 'ADMIN'];

/** Today as yyyy-mm-dd in local time (the minimum of the end-date field). */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** On /nutzer/:userId for moderators: suspend / lift a suspension; for administrators also the role. */
export function UserModerationPanel({ userId }: { userId: string }) {
  const { t, i18n, ready } = useNamespace('moderation');
  const { viewer } = useViewer();
  const allowed = isModerator(viewer);
  const { data, error } = useQuery(ModerationUserQueryDocument, {
    variables: { id: userId },
    skip: !allowed,
  });
  const [status, setStatus] = useState<string | null>(null);
  const [suspendOpen, setSuspendOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ reason?: string; until?: string }>({});
  const [role, setRole] = useState<Role | ''>('');
  const [suspend, suspendState] = useMutation(SuspendUserMutationDocument);
  const [unsuspend, unsuspendState] = useMutation(UnsuspendUserMutationDocument);
  const [setUserRole, roleState] = useMutation(SetUserRoleMutationDocument);
  const user = data?.user;
  if (!allowed || !ready) return null;
  if (!user) return <ApiErrorAlert error={error} />;
  const own = user.id === viewer?.id;
  const currentRole = role || user.role;

  function closeSuspend() {
    setReason('');
    setUntil('');
    setFieldErrors({});
    suspendState.reset();
    setSuspendOpen(false);
  }

  async function submitSuspend() {
    const next: typeof fieldErrors = {};
    if (!reason.trim()) next.reason = t('common.reasonRequired');
    // End of the chosen day (local time), so that "until 12 May" includes 12 May.
    const untilDate = until ? new Date(`${until}T23:59:59`) : null;
    if (untilDate && untilDate.getTime() <= Date.now()) next.until = t('user.untilPast');
    setFieldErrors(next);
    if (next.reason || next.until) {
      document.getElementById(next.reason ? 'suspend-reason' : 'suspend-until')?.focus();
      return;
    }
    try {
      await suspend({
        variables: { userId, reason: reason.trim(), until: untilDate ? untilDate.toISOString() : null },
      });
      closeSuspend();
      setStatus(t('user.suspended'));
    } catch (e) {
      const fields = parseApiError(e)?.fields ?? {};
      if (fields.reason || fields.until) setFieldErrors({ reason: fields.reason, until: fields.until });
    }
  }

  async function onUnsuspend() {
    setStatus(null);
    try {
      await unsuspend({ variables: { userId } });
      setStatus(t('user.unsuspended'));
    } catch {
      // shown by ApiErrorAlert
    }
  }

  async function onRole(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    if (!role || role === user?.role) return;
    try {
      await setUserRole({ variables: { userId, role } });
      setRole('');
      setStatus(t('user.roleChanged'));
    } catch {
      // shown by ApiErrorAlert
    }
  }

  return (
    <section className="app-mod-tools app-stack-sm" aria-labelledby="user-moderation-title">
      <h2 className="kern-heading-medium" id="user-moderation-title">
        {t('user.title')}
      </h2>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t('user.status')}</dt>
          <dd className="kern-description-list-item__value">
            {t(`user.statusValue.${user.status}`)}
            {user.status === 'SUSPENDED' ? (
              <>
                <br />
                {user.suspendedUntil
                  ? t('user.suspendedUntil', { date: formatDate(user.suspendedUntil, i18n.language) })
                  : t('user.suspendedIndefinitely')}
                {user.suspensionReason ? (
                  <>
                    <br />
                    {t('user.suspensionReason', { reason: user.suspensionReason })}
                  </>
                ) : null}
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      <div role="status">{status ? <Alert variant="success" title={status} /> : null}</div>
      <ApiErrorAlert error={unsuspendState.error ?? roleState.error} />
      {own ? (
        <p className="kern-body">{t('user.ownAccount')}</p>
      ) : (
        <>
          <div className="app-admin-actions">
            {user.status === 'SUSPENDED' ? (
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                disabled={unsuspendState.loading}
                onClick={() => void onUnsuspend()}
              >
                <span className="kern-label">{t('user.unsuspend')}</span>
              </button>
            ) : user.status === 'ACTIVE' ? (
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                aria-haspopup="dialog"
                onClick={() => {
                  setStatus(null);
                  setSuspendOpen(true);
                }}
              >
                <span className="kern-label">{t('user.suspend')}</span>
              </button>
            ) : null}
          </div>
          {viewer?.role === 'ADMIN' ? (
            <form className="app-filter-bar" onSubmit={(e) => void onRole(e)}>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="user-role">
                  {t('user.role')}
                </label>
                <div className="kern-form-input__select-wrapper">
                  <select
                    id="user-role"
                    className="kern-form-input__select"
                    value={currentRole}
                    onChange={(e) => setRole(e.target.value as Role)}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`user.roles.${r}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <button
                type="submit"
                className="kern-btn kern-btn--primary"
                disabled={roleState.loading || currentRole === user.role}
              >
                <span className="kern-label">{t('user.roleSubmit')}</span>
              </button>
            </form>
          ) : null}
        </>
      )}
      <ModalDialog
        open={suspendOpen}
        id="suspend"
        title={t('user.suspendTitle', { name: user.displayName })}
        description={t('user.suspendDescription')}
        onClose={closeSuspend}
        onSubmit={() => void submitSuspend()}
        submitLabel={t('user.suspendSubmit')}
        cancelLabel={t('common.cancel')}
        busy={suspendState.loading}
        danger
      >
        {suspendState.error && !fieldErrors.reason && !fieldErrors.until ? (
          <ApiErrorAlert error={suspendState.error} />
        ) : null}
        <TextAreaField
          id="suspend-reason"
          label={t('common.reasonLabel')}
          required
          value={reason}
          error={fieldErrors.reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        <TextField
          id="suspend-until"
          type="date"
          label={t('user.until')}
          hint={t('user.untilHint')}
          min={todayIso()}
          value={until}
          error={fieldErrors.until}
          onChange={(e) => setUntil(e.target.value)}
        />
      </ModalDialog>
    </section>
  );
}
