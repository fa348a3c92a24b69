import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/shared/components/Alert';
import { ErrorSummary, type SummaryError } from '@/shared/components/ErrorSummary';
import { TextField } from '@/shared/components/TextField';
import { parseApiError } from '@/shared/lib/graphql-errors';
import { ChangePasswordMutationDocument } from '../graphql/account.graphql';

interface Errors {
  current?: string;
  next?: string;
  repeat?: string;
}

const FIELD_IDS: Record<keyof Errors, string> = {
  current: 'password-current',
  next: 'password-new',
  repeat: 'password-repeat',
};

export function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [changePassword, { loading }] = useMutation(ChangePasswordMutationDocument);

  function validate(): Errors {
    const e: Errors = {};
    if (!current) e.current = t('password.required');
    if (next.length < LIMITS.passwordMin) e.next = t('password.tooShort', { min: LIMITS.passwordMin });
    else if (next.length > LIMITS.passwordMax) e.next = t('password.tooLong', { max: LIMITS.passwordMax });
    if (repeat !== next) e.repeat = t('password.mismatch');
    return e;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const clientErrors = validate();
    setErrors(clientErrors);
    setAttempt((a) => a + 1);
    if (Object.keys(clientErrors).length > 0) return;
    try {
      await changePassword({ variables: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      setRepeat('');
      setSaved(true);
    } catch (e) {
      const parsed = parseApiError(e);
      if (
        parsed?.fields.currentPassword ||
        parsed?.code === 'UNAUTHENTICATED' ||
        parsed?.code === 'FORBIDDEN'
      ) {
        setErrors({ current: parsed.fields.currentPassword ?? t('password.wrong') });
      } else if (parsed?.fields.newPassword) {
        setErrors({ next: parsed.fields.newPassword });
      } else {
        setFormError(tc(`errors.${parsed?.code ?? 'UNKNOWN'}`));
        return;
      }
      setAttempt((a) => a + 1);
    }
  }

  const labels: Record<keyof Errors, string> = {
    current: t('password.current'),
    next: t('password.new'),
    repeat: t('password.repeat'),
  };
  const summary: SummaryError[] = (Object.keys(FIELD_IDS) as (keyof Errors)[])
    .filter((k) => errors[k])
    .map((k) => ({ fieldId: FIELD_IDS[k], message: `${labels[k]}: ${errors[k]}` }));

  return (
    <form className="app-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="password-title">
      <h2 className="kern-heading-medium" id="password-title">
        {t('password.title')}
      </h2>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {saved ? <Alert variant="success" title={t('password.saved')} live="status" /> : null}
      {formError ? <Alert variant="danger" title={formError} live="alert" /> : null}
      <TextField
        id={FIELD_IDS.current}
        type="password"
        label={labels.current}
        required
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={errors.current}
      />
      <TextField
        id={FIELD_IDS.next}
        type="password"
        label={labels.next}
        hint={t('password.newHint', { min: LIMITS.passwordMin })}
        required
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={next}
        onChange={(e) => setNext(e.target.value)}
        error={errors.next}
      />
      <TextField
        id={FIELD_IDS.repeat}
        type="password"
        label={labels.repeat}
        required
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        error={errors.repeat}
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('password.submit')}</span>
        </button>
      </div>
    </form>
  );
}
