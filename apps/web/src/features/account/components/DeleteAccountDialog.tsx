import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/shared/components/Alert';
import { TextField } from '@/shared/components/TextField';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { DeleteMyAccountMutationDocument } from '../graphql/account.graphql';

interface DeleteAccountDialogProps {
  open: boolean;
  onCancel: () => void;
  onDeleted: () => void;
}

/** Native modal <dialog> asking for the password before the account is deleted. */
export function DeleteAccountDialog({ open, onCancel, onDeleted }: DeleteAccountDialogProps) {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [deleteAccount, { loading }] = useMutation(DeleteMyAccountMutationDocument);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  function cancel() {
    setPassword('');
    setError(undefined);
    setFormError(null);
    onCancel();
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!password) {
      setError(t('delete.required'));
      return;
    }
    setError(undefined);
    try {
      await deleteAccount({ variables: { password } });
      onDeleted();
    } catch (e) {
      const parsed = parseApiError(e);
      if (parsed?.fields.password || parsed?.code === 'UNAUTHENTICATED' || parsed?.code === 'FORBIDDEN')
        setError(parsed.fields.password ?? t('password.wrong'));
      else setFormError(tc(`errors.${parsed?.code ?? 'UNKNOWN'}`));
    }
  }

  return (
    <dialog
      ref={ref}
      className="kern-dialog"
      aria-labelledby="delete-account-title"
      aria-describedby="delete-account-text"
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      {open ? (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <header className="kern-dialog__header">
            <h2 className="kern-title kern-title--large" id="delete-account-title">
              {t('delete.dialogTitle')}
            </h2>
          </header>
          <section className="kern-dialog__body app-stack">
            <p className="kern-body" id="delete-account-text">
              {t('delete.dialogText')}
            </p>
            {formError ? <Alert variant="danger" title={formError} live="alert" /> : null}
            <TextField
              id="delete-account-password"
              type="password"
              label={t('delete.password')}
              required
              autoComplete="current-password"
              autoFocus
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={error}
            />
          </section>
          <footer className="kern-dialog__footer">
            <button type="button" className="kern-btn kern-btn--secondary" onClick={cancel}>
              <span className="kern-label">{t('delete.cancel')}</span>
            </button>
            <button type="submit" className="kern-btn kern-btn--primary app-btn--danger" disabled={loading}>
              <span className="kern-label">{t('delete.confirm')}</span>
            </button>
          </footer>
        </form>
      ) : null}
    </dialog>
  );
}
