import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { CloseThreadMutationDocument, LockThreadMutationDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextAreaField } from '@/shared/components/TextAreaField';

export type ThreadStatusAction = 'lock' | 'close' | 'reopen';

interface ThreadStatusDialogProps {
  action: ThreadStatusAction | null;
  threadId: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * Locking (no more replies), closing (status Geschlossen) or reopening a question, each with an optional
 * reason that lands in the audit log and in the asker's notification.
 */
export function ThreadStatusDialog({ action, threadId, onClose, onDone }: ThreadStatusDialogProps) {
  const { t } = useNamespace('moderation');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [lock, lockState] = useMutation(LockThreadMutationDocument);
  const [close, closeState] = useMutation(CloseThreadMutationDocument);
  const id = `thread-status-${threadId}`;

  function dismiss() {
    setReason('');
    setError(undefined);
    lockState.reset();
    closeState.reset();
    onClose();
  }

  async function submit() {
    const trimmed = reason.trim() || null;
    try {
      if (action === 'lock') await lock({ variables: { threadId, locked: true, reason: trimmed } });
      else await close({ variables: { threadId, closed: action === 'close', reason: trimmed } });
      setReason('');
      setError(undefined);
      onDone(t(`threadStatus.${action ?? 'lock'}.done`));
    } catch (e) {
      const fieldError = parseApiError(e)?.fields.reason;
      if (fieldError) setError(fieldError);
    }
  }

  const key = action ?? 'lock';
  const mutationError = lockState.error ?? closeState.error;
  return (
    <ModalDialog
      open={action !== null}
      id={id}
      title={t(`threadStatus.${key}.title`)}
      description={t(`threadStatus.${key}.description`)}
      onClose={dismiss}
      onSubmit={() => void submit()}
      submitLabel={t(`threadStatus.${key}.submit`)}
      cancelLabel={t('common.cancel')}
      busy={lockState.loading || closeState.loading}
    >
      {mutationError && !error ? <ApiErrorAlert error={mutationError} /> : null}
      <TextAreaField
        id={`${id}-reason`}
        label={t('common.reasonLabel')}
        optionalLabel={t('common.optional')}
        hint={t('common.reasonHint')}
        value={reason}
        error={error}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
    </ModalDialog>
  );
}
