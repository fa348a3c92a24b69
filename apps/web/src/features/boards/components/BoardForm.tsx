import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/shared/components/ErrorSummary';
import { TextField } from '@/shared/components/TextField';
import { TextAreaField } from '@/shared/components/TextAreaField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { SLUG_PATTERN } from '../lib/board-fields';

export interface BoardValues {
  title: string;
  slug: string;
  description: string;
}

interface BoardFormProps {
  id: string;
  initial: BoardValues;
  submitLabel: string;
  busy: boolean;
  /** Saves; resolves with field errors from the server (extensions.fields), false on other errors. */
  onSubmit: (values: BoardValues) => Promise<Record<string, string> | false | void>;
  resetAfterSubmit?: boolean;
}

const FIELDS = ['title', 'slug', 'description'] as const;

export function BoardForm({ id, initial, submitLabel, busy, onSubmit, resetAfterSubmit }: BoardFormProps) {
  const { t } = useNamespace('boards');
  const [values, setValues] = useState<BoardValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);

  function validate(v: BoardValues): Record<string, string> {
    const e: Record<string, string> = {};
    if (!v.title.trim()) e.title = t('common.required');
    if (!SLUG_PATTERN.test(v.slug)) e.slug = t('admin.slugInvalid');
    return e;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = validate(values);
    setErrors(clientErrors);
    setAttempt((n) => n + 1);
    if (Object.keys(clientErrors).length > 0) return;
    const serverErrors = await onSubmit({
      ...values,
      title: values.title.trim(),
      description: values.description.trim(),
    });
    if (serverErrors === false) return;
    if (serverErrors && Object.keys(serverErrors).length > 0) {
      setErrors(serverErrors);
      setAttempt((n) => n + 1);
    } else if (resetAfterSubmit) {
      setValues(initial);
    }
  }

  const summary = FIELDS.filter((f) => errors[f]).map((f) => ({ fieldId: `${id}-${f}`, message: errors[f] }));
  return (
    <form className="app-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextField
        id={`${id}-title`}
        label={t('admin.fieldTitle')}
        required
        maxLength={120}
        value={values.title}
        error={errors.title}
        onChange={(e) => setValues({ ...values, title: e.target.value })}
      />
      <TextField
        id={`${id}-slug`}
        label={t('admin.fieldSlug')}
        hint={t('admin.fieldSlugHint')}
        required
        maxLength={60}
        value={values.slug}
        error={errors.slug}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setValues({ ...values, slug: e.target.value.toLowerCase() })}
      />
      <TextAreaField
        id={`${id}-description`}
        label={t('admin.fieldDescription')}
        optionalLabel={t('common.optional')}
        maxLength={1000}
        value={values.description}
        error={errors.description}
        onChange={(e) => setValues({ ...values, description: e.target.value })}
      />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{submitLabel}</span>
        </button>
      </div>
    </form>
  );
}
