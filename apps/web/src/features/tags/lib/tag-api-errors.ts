import type { TFunction } from 'i18next';
import { parseApiError } from '@/shared/lib/graphql-errors';
import type { TagErrors } from './validate-tag';

/**
 * A refused createTag/updateTag as field messages: the server's per-field messages (BAD_USER_INPUT), and
 * a taken name (CONFLICT) on the name field. Null for other errors (shown as a general alert).
 */
export function tagApiErrors(error: unknown, t: TFunction): TagErrors | null {
  const parsed = parseApiError(error);
  if (!parsed) return null;
  if (parsed.code === 'CONFLICT') return { name: t('manage.nameTaken') };
  const { name, description } = parsed.fields;
  return name || description ? { name, description } : null;
}
