import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { ErrorSummary } from '@/shared/components/ErrorSummary';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { CreateTagMutationDocument } from '../graphql/tags-admin.graphql';
import { tagApiErrors } from '../lib/tag-api-errors';
import { validateTag, type TagErrors, type TagValues } from '../lib/validate-tag';
import { TagFields } from './TagFields';

const EMPTY: TagValues = { name: '', description: '' };

/** "Neues Schlagwort": validated here and on the server; a taken name shows on the name field. */
export function CreateTagForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useNamespace('tags');
  const [values, setValues] = useState<TagValues>(EMPTY);
  const [errors, setErrors] = useState<TagErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [otherError, setOtherError] = useState<unknown>(null);
  const [createTag, { loading }] = useMutation(CreateTagMutationDocument, {
    refetchQueries: ['TagsAdmin'],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOtherError(null);
    const clientErrors = validateTag(values, t);
    setErrors(clientErrors);
    setAttempt((n) => n + 1);
    if (Object.keys(clientErrors).length) return;
    const name = values.name.trim();
    try {
      await createTag({ variables: { input: { name, description: values.description.trim() || null } } });
      setValues(EMPTY);
      onCreated(name);
    } catch (e) {
      const fields = tagApiErrors(e, t);
      if (fields) {
        setErrors(fields);
        setAttempt((n) => n + 1);
      } else setOtherError(e);
    }
  }

  const summary = (['name', 'description'] as const)
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: `tag-create-${f}`, message: errors[f]! }));
  return (
    <form
      className="app-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="tag-create-heading"
    >
      <ErrorSummary errors={summary} focusKey={attempt} />
      <ApiErrorAlert error={otherError} />
      <TagFields id="tag-create" values={values} errors={errors} onChange={setValues} />
      <div className="app-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={loading}>
          <span className="kern-label">{t('manage.create')}</span>
        </button>
      </div>
    </form>
  );
}
