import { LIMITS } from '@forum/shared';
import type { TFunction } from 'i18next';

export function validatePostBody(body: string, t: TFunction): string | undefined {
  if (body.trim().length < LIMITS.postBodyMin) return t('validation.bodyRequired');
  if (body.length > LIMITS.postBodyMax) return t('validation.bodyMax', { max: LIMITS.postBodyMax });
  return undefined;
}
