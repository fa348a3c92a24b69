import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FlagReason } from '@/gql/graphql';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { FieldError } from '@/shared/components/FieldError';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { FlagPostMutationDocument } from '../graphql/moderation.graphql';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextAreaField } from '@/shared/components/TextAreaField';

export const FLAG_REASONS: FlagReason[] = [
  'BELEIDIGUNG',
  'SPAM',
  'DATENSCHUTZ',
  'FALSCHE_INFORMATION',
  'SONSTIGES',
];

interface FlagPostDialogProps {
  open: boolean;
  postId: string;
  onClose: () => void;
  /** Called with the message to announce: success, or "already reported" (CONFLICT). */
  onDone: (message: string, variant: 'success' | 'info') => void;
}

/** "Beitrag melden": one of the five reasons (radio buttons) and an optional comment. */
export function FlagPostDialog({ open, postId, onClose, onDone }: FlagPostDialogProps) {
  const { t } = useNamespace('moderation');
  const [reason, setReason] = useState<FlagReason | ''>('');
  const [comment, setComment] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [commentError, setCommentError] = useState<string | undefined>();
  const [flagPost, { loading, error, reset }] = useMutation(FlagPostMutationDocument);
  const id = `flag-${postId}`;

  function clear() {
    setReason('');
    setComment('');
    setReasonError(undefined);
    setCommentError(undefined);
    reset();
  }

  function close() {
    clear();
    onClose();
  }

  async function submit() {
    if (!reason) {
      setReasonError(t('flag.reasonRequired'));
      document.getElementById(`${id}-${FLAG_REASONS[0]}`)?.focus();
      return;
    }
    setReasonError(undefined);
    try {
      await flagPost({ variables: { postId, reason, comment: comment.trim() || null } });
      clear();
      onDone(t('flag.success'), 'success');
    } catch (e) {
      const parsed = parseApiError(e);
      if (parsed?.code === 'CONFLICT') {
        clear();
        onDone(t('flag.conflict'), 'info');
        return;
      }
      if (parsed?.fields.reason) setReasonError(parsed.fields.reason);
      if (parsed?.fields.comment) setCommentError(parsed.fields.comment);
    }
  }

  const showGeneralError = error && !reasonError && !commentError;
  return (
    <ModalDialog
      open={open}
      id={id}
      title={t('flag.title')}
      description={t('flag.description')}
      onClose={close}
      onSubmit={() => void submit()}
      submitLabel={t('flag.submit')}
      cancelLabel={t('common.cancel')}
      busy={loading}
    >
      {showGeneralError ? <ApiErrorAlert error={error} /> : null}
      <fieldset
        className={`kern-fieldset${reasonError ? ' kern-fieldset--error' : ''}`}
        aria-describedby={reasonError ? `${id}-reason-error` : undefined}
      >
        <legend className="kern-label">{t('flag.reasonLegend')}</legend>
        {reasonError ? <FieldError id={`${id}-reason-error`} message={reasonError} /> : null}
        <div className="kern-fieldset__body">
          {FLAG_REASONS.map((r) => (
            <div className={`kern-form-check${reasonError ? ' kern-form-check--error' : ''}`} key={r}>
              <input
                className={`kern-form-check__radio${reasonError ? ' kern-form-check__radio--error' : ''}`}
                type="radio"
                id={`${id}-${r}`}
                name={`${id}-reason`}
                value={r}
                checked={reason === r}
                required
                onChange={() => setReason(r)}
              />
              <label className="kern-label" htmlFor={`${id}-${r}`}>
                {t(`reason.${r}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={`${id}-comment`}
        label={t('flag.comment')}
        optionalLabel={t('common.optional')}
        value={comment}
        error={commentError}
        maxLength={1000}
        onChange={(e) => setComment(e.target.value)}
      />
    </ModalDialog>
  );
}
