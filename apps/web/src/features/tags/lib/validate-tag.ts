import { LIMITS } from '@forum/shared';
import type { TFunction } from 'i18next';

export interface TagValues {
  name: string;
  description: string;
}

export type TagErrors = Partial<Record<keyof TagValues, string>>;

/** The server's rules (TagInput), checked before sending so the form can answer at once. */
export function validateTag(values: TagValues, t: TFunction): TagErrors {
  const errors: TagErrors = {};
  const name = values.name.trim();
  if (name.length < 2 || name.length > LIMITS.tagNameMax)
    errors.name = t('manage.nameLength', { max: LIMITS.tagNameMax });
  if (values.description.trim().length > LIMITS.tagDescriptionMax)
    errors.description = t('manage.descriptionLength', { max: LIMITS.tagDescriptionMax });
  return errors;
}
