import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useTranslation } from 'react-i18next';
import { FieldError } from '@/shared/components/FieldError';
import { TagsQueryDocument } from '../graphql/tags.graphql';
import './tags.css';

/** Up to five tags for a question, as a group of checkboxes (keyboard and screen reader friendly). */
export function TagPicker({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(TagsQueryDocument);
  const tags = data?.tags ?? [];
  if (!tags.length) return null;
  const full = value.length >= LIMITS.tagsPerThread;
  return (
    <fieldset className="kern-fieldset app-tag-picker" aria-describedby="thread-tags-hint">
      <legend className="kern-label">{t('tags.pickerLegend')}</legend>
      <div className="kern-hint" id="thread-tags-hint">
        {t('tags.pickerHint', { max: LIMITS.tagsPerThread })}
      </div>
      {error ? <FieldError id="thread-tags-error" message={error} /> : null}
      <div className="kern-fieldset__body app-tag-picker__options">
        {tags.map((tag) => {
          const checked = value.includes(tag.id);
          return (
            <div className="kern-form-check" key={tag.id}>
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={`thread-tag-${tag.id}`}
                checked={checked}
                disabled={!checked && full}
                aria-describedby={tag.description ? `thread-tag-${tag.id}-hint` : undefined}
                onChange={(e) =>
                  onChange(e.target.checked ? [...value, tag.id] : value.filter((id) => id !== tag.id))
                }
              />
              <label className="kern-label" htmlFor={`thread-tag-${tag.id}`}>
                {tag.name}
              </label>
              {tag.description ? (
                <span className="kern-sr-only" id={`thread-tag-${tag.id}-hint`}>
                  {tag.description}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
