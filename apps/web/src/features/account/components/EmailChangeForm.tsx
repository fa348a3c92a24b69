import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/shared/components/Alert';
import { ErrorSummary, type SummaryError } from '@/shared/components/ErrorSummary';
import { TextField } from '@/shared/components/TextField';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { RequestEmailChangeMutationDocument } from '../graphql/email-change.graphql';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "E-Mail-Adresse ändern": a confirmation link goes to the new address. The answer is the same whether or
 * not the address is in use, so this form reveals no accounts.
 */
export function EmailChangeForm() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestEmailChangeMutationDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSentTo(null);
    setFormError(null);
    const e: typeof errors = {};
    if (!EMAIL.test(email.trim())) e.email = t('email.invalid');
    setErrors(e);
    setAttempt((a) => a + 1);
    if (Object.keys(e).length) return;
    try {
      // Accounts that sign in only through a provider have no password (the server knows which).
      await request({ variables: { newEmail: email.trim(), password: password || null } });
      setSentTo(email.trim());
      setEmail('');
      setPassword('');
    } catch (err) {
      const parsed = parseApiError(err);
      if (parsed?.fields.password) setErrors({ password: t('email.wrongPassword') });
      else if (parsed?.fields.newEmail) setErrors({ email: parsed.fields.newEmail });
      else return setFormError(tc(`errors.${parsed?.code ?? 'UNKNOWN'}`));
      setAttempt((a) => a + 1);
    }
  }

  const summary: SummaryError[] = [
    errors.email ? { fieldId: 'email-new', message: `${t('email.new')}: ${errors.email}` } : null,
    errors.password
      ? { fieldId: 'email-password', message: `${t('email.password')}: ${errors.password}` }
      : null,
  ].filter((x): x is SummaryError => x !== null);

  return (
    <form className="app-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="email-title">
      <h2 className="kern-heading-medium" id="email-title">
        {t('email.title')}
      </h2>
      <p className="kern-body">{t('email.intro')}</p>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {sentTo ? <Alert variant="success" title={t('email.sent', { email: sentTo })} live="status" /> : null}
      {formError ? <Alert variant="danger" title={formError} live="alert" /> : null}
      <TextField
        id="email-new"
        type="email"
        label={t('email.new')}
        required
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
      <TextField
        id="email-password"
        type="password"
        label={t('email.password')}
        hint={t('email.passwordHint')}
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('email.submit')}</span>
        </button>
      </div>
    </form>
  );
}
