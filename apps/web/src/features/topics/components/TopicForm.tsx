import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/shared/components/ErrorSummary';
import { FieldError } from '@/shared/components/FieldError';
import { TextField } from '@/shared/components/TextField';
import { TextAreaField } from '@/shared/components/TextAreaField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { AdminLandsQueryDocument } from '../graphql/topic-admin.graphql';
import { LEIKA_PATTERN } from '../lib/topic-fields';
import '@/shared/components/admin-ui.css';

export interface TopicValues {
  title: string;
  description: string;
  leadLandId: string;
  ozgId: string;
  leikaKey: string;
  serviceStatus: string;
  link: string;
  /** Edit only: another board moves the topic. */
  boardId: string;
  archived: boolean;
}

export const EMPTY_TOPIC: TopicValues = {
  title: '',
  description: '',
  leadLandId: '',
  ozgId: '',
  leikaKey: '',
  serviceStatus: '',
  link: '',
  boardId: '',
  archived: false,
};

const FIELDS = [
  'title',
  'description',
  'leadLandId',
  'ozgId',
  'leikaKey',
  'serviceStatus',
  'link',
  'boardId',
];

interface TopicFormProps {
  id: string;
  initial: TopicValues;
  /** Edit mode: boards to move the topic to; the archive checkbox is shown too. */
  boards?: Array<{ id: string; title: string }>;
  submitLabel: string;
  busy: boolean;
  /** Saves; resolves with field errors from the server (extensions.fields), false on other errors. */
  onSubmit: (values: TopicValues) => Promise<Record<string, string> | false | void>;
}

/** Validates the service data as the server does; returns messages keyed by input field. */
export function validateTopic(values: TopicValues, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = t('common.required');
  if (values.leikaKey.trim() && !LEIKA_PATTERN.test(values.leikaKey.trim()))
    errors.leikaKey = t('admin.leikaInvalid');
  if (values.link.trim() && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(values.link.trim()))
    errors.link = t('admin.linkInvalid');
  return errors;
}

/** Create/edit a topic: usually one EfA service with lead Land, OZG-ID, LeiKa key, status and link. */
export function TopicForm({ id, initial, boards, submitLabel, busy, onSubmit }: TopicFormProps) {
  const { t } = useNamespace('topics');
  const { data: lands } = useQuery(AdminLandsQueryDocument);
  const [values, setValues] = useState<TopicValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const set = (patch: Partial<TopicValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const clientErrors = validateTopic(values, t);
    setErrors(clientErrors);
    setAttempt((n) => n + 1);
    if (Object.keys(clientErrors).length > 0) return;
    const serverErrors = await onSubmit({
      ...values,
      title: values.title.trim(),
      description: values.description.trim(),
      ozgId: values.ozgId.trim(),
      leikaKey: values.leikaKey.trim(),
      serviceStatus: values.serviceStatus.trim(),
      link: values.link.trim(),
    });
    if (serverErrors && Object.keys(serverErrors).length > 0) {
      setErrors(serverErrors);
      setAttempt((n) => n + 1);
    }
  }

  const summary = FIELDS.filter((f) => errors[f]).map((f) => ({ fieldId: `${id}-${f}`, message: errors[f] }));
  const selectField = (
    field: 'leadLandId' | 'boardId',
    label: string,
    options: Array<{ id: string; name: string }>,
    hint?: string,
    emptyLabel?: string,
  ) => (
    <div className={`kern-form-input${errors[field] ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={`${id}-${field}`}>
        {label}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-${field}-hint`}>
          {hint}
        </div>
      ) : null}
      {errors[field] ? <FieldError id={`${id}-${field}-error`} message={errors[field]} /> : null}
      <div className="kern-form-input__select-wrapper">
        <select
          id={`${id}-${field}`}
          className={`kern-form-input__select${errors[field] ? ' kern-form-input__select--error' : ''}`}
          value={values[field]}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={
            [errors[field] ? `${id}-${field}-error` : '', hint ? `${id}-${field}-hint` : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
          onChange={(e) => set({ [field]: e.target.value })}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  return (
    <form className="app-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextField
        id={`${id}-title`}
        label={t('admin.fieldTitle')}
        required
        maxLength={200}
        value={values.title}
        error={errors.title}
        onChange={(e) => set({ title: e.target.value })}
      />
      <TextAreaField
        id={`${id}-description`}
        label={t('admin.fieldDescription')}
        optionalLabel={t('common.optional')}
        maxLength={2000}
        value={values.description}
        error={errors.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      <fieldset className="kern-fieldset app-admin-fieldset">
        <legend className="kern-label">{t('admin.serviceTitle')}</legend>
        <div className="kern-fieldset__body app-form">
          {selectField(
            'leadLandId',
            t('admin.leadLand'),
            (lands?.organisations ?? []).map((l) => ({ id: l.id, name: l.name })),
            undefined,
            t('admin.noLeadLand'),
          )}
          <TextField
            id={`${id}-ozgId`}
            label={t('admin.fieldOzgId')}
            hint={t('admin.fieldOzgIdHint')}
            inputMode="numeric"
            maxLength={6}
            value={values.ozgId}
            error={errors.ozgId}
            onChange={(e) => set({ ozgId: e.target.value })}
          />
          <TextField
            id={`${id}-leikaKey`}
            label={t('admin.fieldLeika')}
            hint={t('admin.fieldLeikaHint')}
            inputMode="numeric"
            maxLength={14}
            autoComplete="off"
            value={values.leikaKey}
            error={errors.leikaKey}
            onChange={(e) => set({ leikaKey: e.target.value })}
          />
          <TextField
            id={`${id}-serviceStatus`}
            label={t('admin.fieldStatus')}
            hint={t('admin.fieldStatusHint')}
            maxLength={100}
            value={values.serviceStatus}
            error={errors.serviceStatus}
            onChange={(e) => set({ serviceStatus: e.target.value })}
          />
          <TextField
            id={`${id}-link`}
            type="url"
            label={t('admin.fieldLink')}
            hint={t('admin.fieldLinkHint')}
            maxLength={500}
            value={values.link}
            error={errors.link}
            onChange={(e) => set({ link: e.target.value })}
          />
        </div>
      </fieldset>
      {boards
        ? selectField(
            'boardId',
            t('admin.fieldBoard'),
            boards.map((b) => ({ id: b.id, name: b.title })),
            t('admin.fieldBoardHint'),
          )
        : null}
      {boards ? (
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={`${id}-archived`}
            checked={values.archived}
            onChange={(e) => set({ archived: e.target.checked })}
          />
          <label className="kern-label" htmlFor={`${id}-archived`}>
            {t('admin.fieldArchived')}
          </label>
        </div>
      ) : null}
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{submitLabel}</span>
        </button>
      </div>
    </form>
  );
}
