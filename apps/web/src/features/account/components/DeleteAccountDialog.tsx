import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/shared/components/Alert';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { TextField } from '@/shared/components/TextField';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { DeleteMyAccountMutationDocument } from '../graphql/account.graphql';

interface DeleteAccountDialogProps {
  open: boolean;
  onCancel: () => void;
  onDeleted: () => void;
}

/** Asks for the password before the account is deleted (the shared ModalDialog). */
export function DeleteAccountDialog({ open, onCancel, onDeleted }: DeleteAccountDialogProps) {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [deleteAccount, { loading }] = useMutation(DeleteMyAccountMutationDocument);

  function cancel() {
    setPassword('');
    setError(undefined);
    setFormError(null);
    onCancel();
  }

  async function onSubmit() {
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
    <ModalDialog
      open={open}
      id="delete-account"
      title={t('delete.dialogTitle')}
      description={t('delete.dialogText')}
      onClose={cancel}
      onSubmit={() => void onSubmit()}
      submitLabel={t('delete.confirm')}
      cancelLabel={t('delete.cancel')}
      busy={loading}
      danger
    >
      {formError ? <Alert variant="danger" title={formError} live="alert" /> : null}
      <TextField
        id="delete-account-password"
        type="password"
        label={t('delete.password')}
        required
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={error}
      />
    </ModalDialog>
  );
}
