import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { UpdateTagMutationDocument } from '../graphql/tags-admin.graphql';
import { tagApiErrors } from '../lib/tag-api-errors';
import { validateTag, type TagErrors, type TagValues } from '../lib/validate-tag';
import { TagFields } from './TagFields';

interface EditableTag {
  id: string;
  name: string;
  description?: string | null;
}

/** Rename or describe a tag (its slug, and so the tag page's address, follows the name). */
export function EditTagDialog({
  tag,
  onClose,
  onSaved,
}: {
  tag: EditableTag | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useNamespace('tags');
  const [values, setValues] = useState<TagValues>({ name: '', description: '' });
  const [errors, setErrors] = useState<TagErrors>({});
  const [otherError, setOtherError] = useState<unknown>(null);
  const [updateTag, { loading }] = useMutation(UpdateTagMutationDocument, {
    refetchQueries: ['TagsAdmin'],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    if (!tag) return;
    setValues({ name: tag.name, description: tag.description ?? '' });
    setErrors({});
    setOtherError(null);
  }, [tag]);

  async function save() {
    if (!tag) return;
    setOtherError(null);
    const clientErrors = validateTag(values, t);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length) {
      document.getElementById(clientErrors.name ? 'tag-edit-name' : 'tag-edit-description')?.focus();
      return;
    }
    const name = values.name.trim();
    try {
      await updateTag({
        variables: { input: { id: tag.id, name, description: values.description.trim() || null } },
      });
      onSaved(name);
    } catch (e) {
      const fields = tagApiErrors(e, t);
      if (fields) setErrors(fields);
      else setOtherError(e);
    }
  }

  return (
    <ModalDialog
      open={tag !== null}
      id="tag-edit"
      title={t('manage.editTitle')}
      onClose={onClose}
      onSubmit={() => void save()}
      submitLabel={t('manage.save')}
      cancelLabel={t('manage.cancel')}
      busy={loading}
    >
      <ApiErrorAlert error={otherError} />
      <TagFields id="tag-edit" values={values} errors={errors} onChange={setValues} />
    </ModalDialog>
  );
}
