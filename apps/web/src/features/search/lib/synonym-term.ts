/** The limits the API applies to a synonym (search/synonyms/service-synonyms.service.ts). */
export const TERM_MIN = 2;
export const TERM_MAX = 100;

/** A term as the API stores it: trimmed, inner whitespace collapsed. */
export const cleanTerm = (value: string) => value.trim().replace(/\s+/g, ' ');

/** Why a term cannot be saved ('length' or 'letters'), or null when it can. */
export function termProblem(value: string): 'length' | 'letters' | null {
  const term = cleanTerm(value);
  if (term.length < TERM_MIN || term.length > TERM_MAX) return 'length';
  if (!/[\p{L}\p{N}]/u.test(term)) return 'letters';
  return null;
}
