import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { TextField } from '@/shared/components/TextField';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { LoginMutationDocument } from '../graphql/login.graphql';
import { isValidEmail } from '../lib/validation';

interface FieldErrors {
  email?: string;
  password?: string;
}

interface LoginFormProps {
  /** Provider buttons are shown above: the heading says this is the other way to sign in. */
  withSeparator?: boolean;
}

export function LoginForm({ withSeparator = false }: LoginFormProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LoginMutationDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('validation.required');
    else if (!isValidEmail(email)) errors.email = t('validation.email');
    if (!password) errors.password = t('validation.required');
    return errors;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const errors = validate();
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    try {
      await login({ variables: { input: { email: email.trim(), password } } });
      // The session cookie changed: forget everything cached for the guest and refetch `me`.
      await client.resetStore();
      const from = (location.state as { from?: string } | null)?.from;
      await navigate(from && from !== '/' ? from : '/bereiche', { replace: true });
    } catch (error) {
      const parsed = parseApiError(error);
      switch (parsed?.code) {
        case 'UNAUTHENTICATED':
        case 'BAD_USER_INPUT':
          setFormError(t('auth.login.invalid'));
          break;
        case 'FORBIDDEN':
          setFormError(t('auth.login.pending'));
          break;
        case 'RATE_LIMITED':
          setFormError(t('errors.RATE_LIMITED'));
          break;
        case 'SERVICE_UNAVAILABLE':
          setFormError(t('errors.SERVICE_UNAVAILABLE'));
          break;
        case 'NETWORK':
          setFormError(t('errors.NETWORK'));
          break;
        case 'CONFLICT':
        case 'NOT_FOUND':
        case 'UNKNOWN':
        case undefined:
          setFormError(t('errors.UNKNOWN'));
          break;
      }
    }
  }

  return (
    <form className="app-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="login-title">
      <h2 id="login-title" className="kern-heading-medium">
        {t('auth.login.title')}
      </h2>
      {withSeparator ? <p className="kern-body">{t('auth.login.withPassword')}</p> : null}
      {formError ? <Alert variant="danger" title={formError} live="alert" id="login-error" /> : null}
      <TextField
        ref={emailRef}
        id="login-email"
        label={t('auth.login.email')}
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email}
      />
      <TextField
        ref={passwordRef}
        id="login-password"
        label={t('auth.login.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
      />
      <div className="app-form__actions">
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          disabled={loading}
          aria-describedby={formError ? 'login-error' : undefined}
        >
          <span className="kern-label">{loading ? t('auth.login.submitting') : t('auth.login.submit')}</span>
        </button>
      </div>
      <p className="kern-body">
        <Link className="kern-link" to="/passwort-vergessen">
          {t('auth.login.forgot')}
        </Link>
      </p>
      <p className="kern-body">
        {t('auth.login.noAccount')}{' '}
        <Link className="kern-link" to="/registrieren">
          {t('auth.login.registerLink')}
        </Link>
      </p>
    </form>
  );
}
