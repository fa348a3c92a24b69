import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { HidePostMutationDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextAreaField } from '@/shared/components/TextAreaField';

interface HidePostDialogProps {
  open: boolean;
  postId: string;
  /** true: the post is hidden now and the dialog shows it again. */
  currentlyHidden: boolean;
  onClose: () => void;
  /** Called after success with the status message to announce. */
  onDone: (message: string) => void;
}

/** Hides a post (or shows it again) with a required reason; hiding also resolves the post's open flags. */
export function HidePostDialog({ open, postId, currentlyHidden, onClose, onDone }: HidePostDialogProps) {
  const { t } = useNamespace('moderation');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [hidePost, { loading, error: mutationError, reset }] = useMutation(HidePostMutationDocument);
  const id = `hide-${postId}`;

  function close() {
    setReason('');
    setError(undefined);
    reset();
    onClose();
  }

  async function submit() {
    if (!reason.trim()) {
      setError(t('common.reasonRequired'));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setError(undefined);
    try {
      await hidePost({ variables: { postId, reason: reason.trim(), hidden: !currentlyHidden } });
      setReason('');
      onDone(currentlyHidden ? t('hide.shown') : t('hide.hidden'));
    } catch (e) {
      const fieldError = parseApiError(e)?.fields.reason;
      if (fieldError) setError(fieldError);
    }
  }

  return (
    <ModalDialog
      open={open}
      id={id}
      title={currentlyHidden ? t('hide.unhideTitle') : t('hide.title')}
      description={currentlyHidden ? t('hide.unhideDescription') : t('hide.description')}
      onClose={close}
      onSubmit={() => void submit()}
      submitLabel={currentlyHidden ? t('hide.unhideSubmit') : t('hide.submit')}
      cancelLabel={t('common.cancel')}
      busy={loading}
      danger={!currentlyHidden}
    >
      {mutationError && !error ? <ApiErrorAlert error={mutationError} /> : null}
      <TextAreaField
        id={`${id}-reason`}
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
