import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/shared/components/Alert';
import { TextField } from '@/shared/components/TextField';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { UpdateProfileMutationDocument } from '../graphql/users.graphql';

export function DisplayNameForm({ current }: { current: string }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(current);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateProfileMutationDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const name = displayName.trim();
    if (name.length < LIMITS.displayNameMin || name.length > LIMITS.displayNameMax) {
      setError(t('validation.displayNameLength', { min: LIMITS.displayNameMin, max: LIMITS.displayNameMax }));
      return;
    }
    setError(undefined);
    try {
      await update({ variables: { input: { displayName: name } } });
      setSaved(true);
    } catch (e) {
      const parsed = parseApiError(e);
      if (parsed?.fields.displayName) setError(parsed.fields.displayName);
      else setFormError(t(`errors.${parsed?.code ?? 'UNKNOWN'}`));
    }
  }

  return (
    <form className="app-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {saved ? <Alert variant="success" title={t('profile.saved')} live="status" /> : null}
      {formError ? <Alert variant="danger" title={formError} live="alert" /> : null}
      <TextField
        id="profile-display-name"
        label={t('profile.displayName')}
        required
        maxLength={LIMITS.displayNameMax}
        autoComplete="name"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={error}
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('common.save')}</span>
        </button>
      </div>
    </form>
  );
}
