import { useLazyQuery, useMutation } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/shared/components/Alert';
import { ErrorSummary, type SummaryError } from '@/shared/components/ErrorSummary';
import { FieldError } from '@/shared/components/FieldError';
import { Icon } from '@/shared/components/Icon';
import { TextField } from '@/shared/components/TextField';
import { parseApiError } from '@/shared/lib/graphql-errors';
import {
  RegisterMutationDocument,
  RegistrationApprovedAtOnceQueryDocument,
} from '../graphql/register.graphql';
import { isValidEmail } from '../lib/validation';
import { OrganisationPicker } from './OrganisationPicker';

type Field = 'email' | 'displayName' | 'password' | 'organisationId' | 'consent';
type Errors = Partial<Record<Field, string>>;

const FIELD_IDS: Record<Field, string> = {
  email: 'register-email',
  displayName: 'register-display-name',
  password: 'register-password',
  organisationId: 'register-organisation',
  consent: 'register-consent',
};
const FIELD_ORDER: Field[] = ['email', 'displayName', 'password', 'organisationId', 'consent'];

export function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useTranslation();
  const [register, { loading }] = useMutation(RegisterMutationDocument);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [consent, setConsent] = useState(false);
  // A field shows what is wrong with it once the form was sent, or once it was left with something in it
  // (a missing entry is no error before the first attempt); errors from the server stay until it changes.
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [summaryErrors, setSummaryErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [checkDomain, domainCheck] = useLazyQuery(RegistrationApprovedAtOnceQueryDocument);
  const touch = (field: Field) => setTouched((t) => (t[field] ? t : { ...t, [field]: true }));
  const edited = (field: Field) => setServerErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));

  function validate(): Errors {
    const e: Errors = {};
    if (!email.trim()) e.email = t('validation.required');
    else if (!isValidEmail(email)) e.email = t('validation.email');
    const name = displayName.trim();
    if (name.length < LIMITS.displayNameMin || name.length > LIMITS.displayNameMax) {
      e.displayName = t('validation.displayNameLength', {
        min: LIMITS.displayNameMin,
        max: LIMITS.displayNameMax,
      });
    }
    if (password.length < LIMITS.passwordMin)
      e.password = t('validation.passwordMin', { min: LIMITS.passwordMin });
    if (!organisationId) e.organisationId = t('validation.organisation');
    if (!consent) e.consent = t('validation.consent');
    return e;
  }

  const clientErrors = validate();
  const filled: Record<Field, boolean> = {
    email: email.trim() !== '',
    displayName: displayName.trim() !== '',
    password: password !== '',
    organisationId: organisationId !== '',
    consent,
  };
  const errors: Errors = {};
  for (const field of FIELD_ORDER) {
    const shown = submitted || (touched[field] && filled[field]);
    errors[field] = serverErrors[field] ?? (shown ? clientErrors[field] : undefined);
  }

  function onEmailBlur() {
    touch('email');
    // A private address is not approved at once: say that a work address is faster.
    if (isValidEmail(email)) void checkDomain({ variables: { email: email.trim() } });
  }
  const privateDomain =
    isValidEmail(email) &&
    domainCheck.data?.registrationApprovedAtOnce === false &&
    domainCheck.variables?.email === email.trim()
      ? email.trim().slice(email.trim().lastIndexOf('@') + 1)
      : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setAttempt((a) => a + 1);
    setSubmitted(true);
    setServerErrors({});
    setSummaryErrors(clientErrors);
    if (Object.values(clientErrors).some(Boolean)) return;
    try {
      await register({
        variables: {
          input: { email: email.trim(), displayName: displayName.trim(), password, organisationId },
        },
      });
      onRegistered();
    } catch (error) {
      const parsed = parseApiError(error);
      if (parsed?.code === 'BAD_USER_INPUT' && Object.keys(parsed.fields).length > 0) {
        const fromServer: Errors = {};
        for (const [field, message] of Object.entries(parsed.fields)) {
          if (field in FIELD_IDS) fromServer[field as Field] = message;
        }
        setServerErrors(fromServer);
        setSummaryErrors(fromServer);
        if (Object.keys(fromServer).length === 0) setFormError(t('errors.BAD_USER_INPUT'));
      } else {
        setFormError(t(`errors.${parsed?.code ?? 'UNKNOWN'}`));
      }
      setAttempt((a) => a + 1);
    }
  }

  const labels: Record<Field, string> = {
    email: t('auth.register.email'),
    displayName: t('auth.register.displayName'),
    password: t('auth.register.password'),
    organisationId: t('auth.register.organisation'),
    consent: t('footer.privacy'),
  };
  // The summary lists what was wrong when the form was sent; a field that is fixed drops out of it.
  const summary: SummaryError[] = FIELD_ORDER.filter((f) => summaryErrors[f] && errors[f]).map((f) => ({
    fieldId: FIELD_IDS[f],
    message: `${labels[f]}: ${errors[f] as string}`,
  }));

  return (
    <form className="app-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {formError ? <Alert variant="danger" title={formError} live="alert" /> : null}
      <TextField
        id={FIELD_IDS.email}
        label={t('auth.register.email')}
        type="email"
        autoComplete="email"
        required
        maxLength={LIMITS.emailMax}
        value={email}
        onChange={(e) => {
          setEmail(e.target.value);
          edited('email');
        }}
        onBlur={onEmailBlur}
        error={errors.email}
        describedBy="register-email-domain"
      />
      <p id="register-email-domain" className="app-domain-hint" role="status">
        {privateDomain && !errors.email ? (
          <>
            <Icon name="info" size="small" />
            <span>{t('auth.register.privateDomain', { domain: privateDomain })}</span>
          </>
        ) : null}
      </p>
      <TextField
        id={FIELD_IDS.displayName}
        label={t('auth.register.displayName')}
        hint={t('auth.register.displayNameHint')}
        autoComplete="name"
        required
        maxLength={LIMITS.displayNameMax}
        value={displayName}
        onChange={(e) => {
          setDisplayName(e.target.value);
          edited('displayName');
        }}
        onBlur={() => touch('displayName')}
        error={errors.displayName}
      />
      <TextField
        id={FIELD_IDS.password}
        label={t('auth.register.password')}
        hint={t('auth.register.passwordHint', { min: LIMITS.passwordMin })}
        type="password"
        autoComplete="new-password"
        required
        maxLength={LIMITS.passwordMax}
        value={password}
        onChange={(e) => {
          setPassword(e.target.value);
          edited('password');
        }}
        onBlur={() => touch('password')}
        error={errors.password}
      />
      <OrganisationPicker
        value={organisationId}
        onChange={(id) => {
          setOrganisationId(id);
          edited('organisationId');
        }}
        onBlur={() => touch('organisationId')}
        error={errors.organisationId}
      />
      <div className={`app-consent${errors.consent ? ' app-consent--error' : ''}`}>
        {errors.consent ? <FieldError id="register-consent-error" message={errors.consent} /> : null}
        <div className={`kern-form-check${errors.consent ? ' kern-form-check--error' : ''}`}>
          <input
            id={FIELD_IDS.consent}
            className={`kern-form-check__checkbox${errors.consent ? ' kern-form-check__checkbox--error' : ''}`}
            type="checkbox"
            checked={consent}
            required
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? 'register-consent-error' : undefined}
            onChange={(e) => {
              setConsent(e.target.checked);
              edited('consent');
            }}
          />
          <label className="kern-label" htmlFor={FIELD_IDS.consent}>
            <Trans
              i18nKey="auth.register.consent"
              components={{
                1: <Link className="kern-link" to="/datenschutz" target="_blank" rel="noopener" />,
              }}
            />
          </label>
        </div>
      </div>
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">
            {loading ? t('auth.register.submitting') : t('auth.register.submit')}
          </span>
        </button>
      </div>
    </form>
  );
}
