import { buildTsQuery, type SearchQueryOptions } from '../search-query';

/** The everyday words of one EfA service: its name and its synonyms (service_synonyms). */
export interface SynonymGroup {
  topicId: string;
  terms: string[];
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Lower case, umlauts and ß spelled out: "Ummeldung", "ummeldung" and "UMMELDUNG" compare equal. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

const wordsOf = (text: string) => text.match(WORD) ?? [];
const quote = (word: string) => `'${word.toLowerCase().replace(/'/g, "''")}'`;

/** One term as a tsquery operand: a word, or all words of a several-word term. */
function termOperand(term: string): string | null {
  const words = wordsOf(term);
  if (!words.length) return null;
  return words.length === 1 ? quote(words[0]) : `(${words.map(quote).join(' & ')})`;
}

/** Where the words of `term` occur in a row in `words` (folded), or -1. */
function findRun(words: string[], term: string[]): number {
  if (!term.length || term.length > words.length) return -1;
  for (let i = 0; i + term.length <= words.length; i++)
    if (term.every((w, j) => words[i + j] === w)) return i;
  return -1;
}

export interface ExpandedQuery {
  /** The tsquery with synonyms: the query as typed OR, per matched service, any of its terms AND the rest. */
  tsquery: string | null;
  /** Services whose name or a synonym occurs in the query. */
  topicIds: string[];
}

/**
 * Expands a search query with the everyday words of the services, in the application (no thesaurus files
 * on the database server, which managed PostgreSQL does not allow): when the query contains a service's
 * name or synonym as whole words ("Ummeldung"), the query also matches text that has any other term of the
 * same service ("Wohnsitzanmeldung", "Umzug melden") together with the query's remaining words. Negated
 * words (-wort) and quoted phrases are left as typed.
 */
export function expandQuery(
  input: string,
  groups: readonly SynonymGroup[],
  options: SearchQueryOptions = {},
): ExpandedQuery {
  const base = buildTsQuery(input, options);
  if (!base) return { tsquery: null, topicIds: [] };
  // Only plain words take part: drop quoted phrases and negated words before matching.
  const plain = input.replace(/-?"[^"]*"?/g, ' ').replace(/(^|\s)-\S+/g, ' ');
  const rawWords = wordsOf(plain);
  const folded = rawWords.map(foldWord);
  const alternatives: string[] = [];
  const topicIds: string[] = [];
  for (const group of groups) {
    let matched: { start: number; length: number } | null = null;
    for (const term of group.terms) {
      const termWords = wordsOf(term).map(foldWord);
      const start = findRun(folded, termWords);
      if (start >= 0 && (!matched || termWords.length > matched.length))
        matched = { start, length: termWords.length };
    }
    if (!matched) continue;
    const operands = [...new Set(group.terms.map(termOperand).filter((o): o is string => !!o))];
    if (!operands.length) continue;
    topicIds.push(group.topicId);
    const rest = [...rawWords.slice(0, matched.start), ...rawWords.slice(matched.start + matched.length)];
    // The remaining words keep their meaning: AND (or OR for anyTerm), the last one a prefix while typing.
    const restQuery = rest.length ? buildTsQuery(rest.join(' '), options) : null;
    const any = operands.length > 1 ? `(${operands.join(' | ')})` : operands[0];
    alternatives.push(
      restQuery ? (options.anyTerm ? `${any} | ${restQuery}` : `(${any} & (${restQuery}))`) : any,
    );
  }
  if (!alternatives.length) return { tsquery: base, topicIds };
  return { tsquery: `(${base}) | ${alternatives.join(' | ')}`, topicIds };
}
