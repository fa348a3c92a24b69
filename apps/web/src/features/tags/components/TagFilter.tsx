import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/shared/components/SelectField';
import { TagsQueryDocument } from '../graphql/tags.graphql';

/** Narrows a list of questions to one tag ("" = all). */
export function TagFilter({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (tagId: string) => void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(TagsQueryDocument);
  const tags = data?.tags ?? [];
  if (!tags.length) return null;
  return (
    <SelectField
      id={id}
      label={t('tags.filterLabel')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t('tags.filterAll')}</option>
      {tags.map((tag) => (
        <option key={tag.id} value={tag.id}>
          {tag.name}
        </option>
      ))}
    </SelectField>
  );
}
