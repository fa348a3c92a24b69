import { LIMITS } from '@forum/shared';

/**
 * Characters no text input may contain: NUL (PostgreSQL cannot store it in text), the other C0 control
 * characters except tab, line feed and carriage return, unpaired UTF-16 surrogates (not encodable as UTF-8)
 * and the non-characters U+FFFE / U+FFFF.
 */
const INVALID =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasInvalidCharacters = (value: string): boolean => INVALID.test(value);

/** Why a text input is refused before it reaches a resolver, or undefined when it may pass. */
export function textProblem(value: string): string | undefined {
  if (hasInvalidCharacters(value)) return 'Enthält unzulässige Zeichen (z. B. Nullbytes oder Steuerzeichen).';
  if (value.length > LIMITS.textInputMax) return `Zu lang (höchstens ${LIMITS.textInputMax} Zeichen).`;
  return undefined;
}
