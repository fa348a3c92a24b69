import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { RejectUserMutationDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextAreaField } from '@/shared/components/TextAreaField';

interface RejectUserDialogProps {
  user: { id: string; displayName: string; email: string | null } | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Declines a pending registration with a reason (kept in the audit log). */
export function RejectUserDialog({ user, onClose, onDone }: RejectUserDialogProps) {
  const { t } = useNamespace('moderation');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [reject, { loading, error: mutationError, reset }] = useMutation(RejectUserMutationDocument);

  function close() {
    setReason('');
    setError(undefined);
    reset();
    onClose();
  }

  async function submit() {
    if (!user) return;
    if (!reason.trim()) {
      setError(t('common.reasonRequired'));
      document.getElementById('reject-user-reason')?.focus();
      return;
    }
    setError(undefined);
    try {
      await reject({ variables: { userId: user.id, reason: reason.trim() } });
      setReason('');
      onDone(t('approvals.rejected', { name: user.displayName }));
    } catch (e) {
      const fieldError = parseApiError(e)?.fields.reason;
      if (fieldError) setError(fieldError);
    }
  }

  return (
    <ModalDialog
      open={user !== null}
      id="reject-user"
      title={t('approvals.rejectTitle')}
      description={
        user
          ? t('approvals.rejectDescription', { name: user.displayName, email: user.email ?? '–' })
          : undefined
      }
      onClose={close}
      onSubmit={() => void submit()}
      submitLabel={t('approvals.rejectSubmit')}
      cancelLabel={t('common.cancel')}
      busy={loading}
      danger
    >
      {mutationError && !error ? <ApiErrorAlert error={mutationError} /> : null}
      <TextAreaField
        id="reject-user-reason"
        label={t('common.reasonLabel')}
        required
        value={reason}
        error={error}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
    </ModalDialog>
  );
}
