import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AccountLinkStatus } from '@/gql/graphql';
import { Alert } from '@/shared/components/Alert';
import { ErrorSummary, type SummaryError } from '@/shared/components/ErrorSummary';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { TextField } from '@/shared/components/TextField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { parseApiError } from '@/shared/lib/graphql-errors';
import {
  PasswordResetLinkStatusQueryDocument,
  ResetPasswordMutationDocument,
} from '../graphql/identity.graphql';

const STATES: AccountLinkStatus[] = ['VALID', 'USED', 'EXPIRED', 'INVALID'];

/** /passwort-zuruecksetzen?token=…: the link from the mail; says clearly when it is used or expired. */
export function ResetPasswordPage() {
  const { t, ready } = useNamespace('auth');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const status = useQuery(PasswordResetLinkStatusQueryDocument, {
    variables: { token },
    skip: !token || token.length > 300,
    fetchPolicy: 'network-only',
  });
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ next?: string; repeat?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [linkState, setLinkState] = useState<AccountLinkStatus | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(ResetPasswordMutationDocument);
  if (!ready || status.loading) return <Loading />;

  const state: AccountLinkStatus =
    linkState ?? (token ? (status.data?.passwordResetLinkStatus ?? 'INVALID') : 'INVALID');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const e: typeof errors = {};
    if (password.length < LIMITS.passwordMin) e.next = t('reset.tooShort', { min: LIMITS.passwordMin });
    if (repeat !== password) e.repeat = t('reset.mismatch');
    setErrors(e);
    setAttempt((a) => a + 1);
    if (Object.keys(e).length) return;
    try {
      await reset({ variables: { token, password } });
      setDone(true);
    } catch (err) {
      const parsed = parseApiError(err);
      const linkProblem = STATES.find((s) => s === parsed?.fields.token);
      if (linkProblem) setLinkState(linkProblem);
      else if (parsed?.fields.password) setErrors({ next: parsed.fields.password });
      else setFormError(t('reset.failed'));
    }
  }

  const summary: SummaryError[] = [
    errors.next ? { fieldId: 'reset-password', message: `${t('reset.password')}: ${errors.next}` } : null,
    errors.repeat ? { fieldId: 'reset-repeat', message: `${t('reset.repeat')}: ${errors.repeat}` } : null,
  ].filter((x): x is SummaryError => x !== null);

  return (
    <div className="app-narrow app-stack">
      <PageHeading title={t('reset.title')} />
      {done ? (
        <>
          <Alert variant="success" title={t('reset.doneTitle')} live="status">
            <p className="kern-body">{t('reset.done')}</p>
          </Alert>
          <p className="kern-body">
            <Link className="kern-link" to="/#anmelden">
              {t('reset.toLogin')}
            </Link>
          </p>
        </>
      ) : state !== 'VALID' ? (
        <>
          <Alert variant="danger" title={t(`reset.state.${state}`)} live="alert" />
          <p className="kern-body">
            <Link className="kern-link" to="/passwort-vergessen">
              {t('reset.requestNew')}
            </Link>
          </p>
        </>
      ) : (
        <form
          className="app-form"
          noValidate
          onSubmit={(e) => void onSubmit(e)}
          aria-label={t('reset.title')}
        >
          <p className="kern-body">{t('reset.intro')}</p>
          <ErrorSummary errors={summary} focusKey={attempt} />
          {formError ? <Alert variant="danger" title={formError} live="alert" /> : null}
          <TextField
            id="reset-password"
            type="password"
            label={t('reset.password')}
            hint={t('reset.hint', { min: LIMITS.passwordMin })}
            required
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.next}
          />
          <TextField
            id="reset-repeat"
            type="password"
            label={t('reset.repeat')}
            required
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax}
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={errors.repeat}
          />
          <div className="app-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
              <span className="kern-label">{t('reset.submit')}</span>
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
