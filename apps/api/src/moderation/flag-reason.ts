/** Why a post was reported. API-only: the web app reads it from the GraphQL schema. */
export enum FlagReason {
  BELEIDIGUNG = 'BELEIDIGUNG',
  SPAM = 'SPAM',
  DATENSCHUTZ = 'DATENSCHUTZ',
  FALSCHE_INFORMATION = 'FALSCHE_INFORMATION',
  SONSTIGES = 'SONSTIGES',
}

/**
 * The contract's `flagPost(reason: String!)` takes one of the enum names (any letter case, spaces or
 * dashes for underscores) or free text; free text becomes SONSTIGES with the text as comment.
 */
export function parseFlagReason(
  raw: string,
  comment: string | null,
): { reason: FlagReason; comment: string | null } {
  const key = raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (Object.hasOwn(FlagReason, key)) return { reason: FlagReason[key as keyof typeof FlagReason], comment };
  const text = raw.trim();
  return { reason: FlagReason.SONSTIGES, comment: comment ? `${text}\n\n${comment}` : text };
}
