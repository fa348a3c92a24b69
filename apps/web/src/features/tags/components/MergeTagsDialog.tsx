import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { FieldError } from '@/shared/components/FieldError';
import { ModalDialog } from '@/shared/components/ModalDialog';
import { SelectField } from '@/shared/components/SelectField';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { MergeTagsMutationDocument } from '../graphql/tags-admin.graphql';

interface MergeableTag {
  id: string;
  name: string;
  questionCount: number;
}

/**
 * Merging cannot be undone: the moderator picks the target and confirms with a checkbox that names what
 * happens (the source goes, its questions get the target) before the button does anything.
 */
export function MergeTagsDialog({
  source,
  tags,
  onClose,
  onMerged,
}: {
  source: MergeableTag | null;
  tags: readonly MergeableTag[];
  onClose: () => void;
  onMerged: (source: string, target: string) => void;
}) {
  const { t } = useNamespace('tags');
  const [targetId, setTargetId] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ target?: string; confirm?: string }>({});
  const [mergeTags, { loading, error }] = useMutation(MergeTagsMutationDocument, {
    refetchQueries: ['TagsAdmin'],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    setTargetId('');
    setConfirmed(false);
    setErrors({});
  }, [source]);

  const target = tags.find((tag) => tag.id === targetId);

  async function merge() {
    if (!source) return;
    const next = {
      target: target ? undefined : t('manage.mergeTargetRequired', { name: source.name }),
      confirm: confirmed ? undefined : t('manage.mergeConfirmRequired'),
    };
    setErrors(next);
    if (next.target || next.confirm || !target) {
      document.getElementById(next.target ? 'tag-merge-target' : 'tag-merge-confirm')?.focus();
      return;
    }
    try {
      await mergeTags({ variables: { input: { sourceId: source.id, targetId: target.id } } });
      onMerged(source.name, target.name);
    } catch {
      // shown by ApiErrorAlert
    }
  }

  return (
    <ModalDialog
      open={source !== null}
      id="tag-merge"
      title={t('manage.mergeTitle', { name: source?.name ?? '' })}
      description={t('manage.mergeDescription', { name: source?.name ?? '' })}
      onClose={onClose}
      onSubmit={() => void merge()}
      submitLabel={t('manage.mergeSubmit')}
      cancelLabel={t('manage.cancel')}
      busy={loading}
      danger
    >
      <ApiErrorAlert error={error} />
      <SelectField
        id="tag-merge-target"
        label={t('manage.mergeTarget')}
        value={targetId}
        required
        error={errors.target}
        onChange={(e) => {
          setTargetId(e.target.value);
          setConfirmed(false);
        }}
        data-autofocus
      >
        <option value="">{t('manage.mergeTargetChoose')}</option>
        {tags
          .filter((tag) => tag.id !== source?.id)
          .map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
      </SelectField>
      {source && target ? (
        <div className={`kern-form-check${errors.confirm ? ' kern-form-check--error' : ''}`}>
          {errors.confirm ? <FieldError id="tag-merge-confirm-error" message={errors.confirm} /> : null}
          <input
            className={`kern-form-check__checkbox${errors.confirm ? ' kern-form-check__checkbox--error' : ''}`}
            type="checkbox"
            id="tag-merge-confirm"
            checked={confirmed}
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={errors.confirm ? 'tag-merge-confirm-error' : undefined}
            onChange={(e) => setConfirmed(e.target.checked)}
          />
          <label className="kern-label" htmlFor="tag-merge-confirm">
            {t('manage.mergeConfirm', {
              source: source.name,
              target: target.name,
              count: source.questionCount,
            })}
          </label>
        </div>
      ) : null}
    </ModalDialog>
  );
}
