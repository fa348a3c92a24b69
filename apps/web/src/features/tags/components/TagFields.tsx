import { LIMITS } from '@forum/shared';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { TextAreaField } from '@/shared/components/TextAreaField';
import { TextField } from '@/shared/components/TextField';
import type { TagErrors, TagValues } from '../lib/validate-tag';

/** Name and description of a tag: the form for a new tag and the edit dialog share them. */
export function TagFields({
  id,
  values,
  errors,
  onChange,
}: {
  id: string;
  values: TagValues;
  errors: TagErrors;
  onChange: (values: TagValues) => void;
}) {
  const { t } = useNamespace('tags');
  return (
    <>
      <TextField
        id={`${id}-name`}
        label={t('manage.fieldName')}
        hint={t('manage.fieldNameHint', { max: LIMITS.tagNameMax })}
        required
        maxLength={LIMITS.tagNameMax}
        autoComplete="off"
        value={values.name}
        error={errors.name}
        onChange={(e) => onChange({ ...values, name: e.target.value })}
        data-autofocus
      />
      <TextAreaField
        id={`${id}-description`}
        label={t('manage.fieldDescription')}
        hint={t('manage.fieldDescriptionHint', { max: LIMITS.tagDescriptionMax })}
        optionalLabel={t('manage.optional')}
        maxLength={LIMITS.tagDescriptionMax}
        rows={3}
        value={values.description}
        error={errors.description}
        onChange={(e) => onChange({ ...values, description: e.target.value })}
      />
    </>
  );
}
