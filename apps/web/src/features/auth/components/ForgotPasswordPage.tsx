import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { TextField } from '@/shared/components/TextField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { RequestPasswordResetMutationDocument } from '../graphql/identity.graphql';
import { isValidEmail } from '../lib/validation';

/** /passwort-vergessen: asks for a reset link; the answer is the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const { t, ready } = useNamespace('auth');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const [request, { loading }] = useMutation(RequestPasswordResetMutationDocument);
  if (!ready) return <Loading />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const problem = !email.trim()
      ? t('forgot.required')
      : !isValidEmail(email)
        ? t('forgot.invalid')
        : undefined;
    setError(problem);
    if (problem) return emailRef.current?.focus();
    try {
      await request({ variables: { email: email.trim() } });
      setSent(true);
    } catch (e) {
      const parsed = parseApiError(e);
      setFormError(
        parsed?.code === 'RATE_LIMITED' || parsed?.code === 'FORBIDDEN' ? parsed.message : t('forgot.failed'),
      );
    }
  }

  return (
    <div className="app-narrow app-stack">
      <PageHeading title={t('forgot.title')} />
      {sent ? (
        <Alert variant="success" title={t('forgot.sentTitle')} live="status">
          <p className="kern-body">{t('forgot.sent')}</p>
        </Alert>
      ) : (
        <form
          className="app-form"
          noValidate
          onSubmit={(e) => void onSubmit(e)}
          aria-label={t('forgot.title')}
        >
          <p className="kern-body">{t('forgot.intro')}</p>
          {formError ? <Alert variant="danger" title={formError} live="alert" /> : null}
          <TextField
            ref={emailRef}
            id="forgot-email"
            label={t('forgot.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={error}
          />
          <div className="app-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
              <span className="kern-label">{t('forgot.submit')}</span>
            </button>
          </div>
        </form>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/#anmelden">
          {t('forgot.back')}
        </Link>
      </p>
    </div>
  );
}
