/**
 * Turns what a person types into a PostgreSQL tsquery string for the forum_german configuration:
 * websearch-style syntax ("exakte Phrase", -ausschließen, OR), umlaut spellings ("Fuehrerschein" also
 * finds "Führerschein"), and prefix matching of the last word while typing. Only letters, digits and
 * inner hyphens reach the query, so no input can break its syntax.
 */
export interface SearchQueryOptions {
  /** Treat the last word as a prefix (search-as-you-type). */
  prefixLast?: boolean;
  /** Join all terms with OR instead of AND (similar questions). */
  anyTerm?: boolean;
}

interface Item {
  words: string[];
  phrase: boolean;
  negated: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const MAX_ITEMS = 20;

const quote = (word: string) => `'${word.replace(/'/g, "''")}'`;

/** ae/oe/ue written for ä/ö/ü: both spellings are searched. */
function spellings(word: string): string[] {
  const lower = word.toLowerCase();
  const umlauts = lower.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
  return umlauts === lower ? [lower] : [lower, umlauts];
}

function tokenize(input: string): { items: Item[]; ors: boolean[]; endsWithSpace: boolean } {
  const items: Item[] = [];
  const ors: boolean[] = []; // ors[i]: item i is joined to item i-1 with OR
  let pendingOr = false;
  let i = 0;
  while (i < input.length && items.length < MAX_ITEMS) {
    const ch = input[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    let start = i;
    if (ch === '-' && i + 1 < input.length && !/\s/.test(input[i + 1])) {
      negated = true;
      start = i + 1;
    }
    if (input[start] === '"') {
      const end = input.indexOf('"', start + 1);
      const text = input.slice(start + 1, end === -1 ? input.length : end);
      i = end === -1 ? input.length : end + 1;
      const words = text.match(WORD) ?? [];
      if (words.length) {
        items.push({ words, phrase: words.length > 1, negated });
        ors.push(pendingOr && items.length > 1);
        pendingOr = false;
      }
      continue;
    }
    let end = start;
    while (end < input.length && !/\s/.test(input[end])) end++;
    const raw = input.slice(start, end);
    i = end;
    if (raw === 'OR' && !negated) {
      pendingOr = items.length > 0;
      continue;
    }
    for (const word of raw.match(WORD) ?? []) {
      items.push({ words: [word], phrase: false, negated });
      ors.push(pendingOr && items.length > 1);
      pendingOr = false;
    }
  }
  return { items, ors, endsWithSpace: /\s$/.test(input) };
}

export function buildTsQuery(input: string, options: SearchQueryOptions = {}): string | null {
  const { items, ors, endsWithSpace } = tokenize(input);
  if (!items.some((item) => !item.negated)) return null;
  const last = items.length - 1;
  const operands = items.map((item, index) => {
    if (item.phrase) {
      const phrase = item.words.map((w) => quote(w.toLowerCase())).join(' <-> ');
      return item.negated ? `!(${phrase})` : `(${phrase})`;
    }
    const prefix = options.prefixLast && index === last && !endsWithSpace && !item.negated ? ':*' : '';
    const variants = spellings(item.words[0]).map((w) => `${quote(w)}${prefix}`);
    const operand = variants.length > 1 ? `(${variants.join(' | ')})` : variants[0];
    return item.negated ? `!${operand}` : operand;
  });
  if (options.anyTerm) {
    const positive = operands.filter((_, index) => !items[index].negated);
    return positive.join(' | ');
  }
  // websearch semantics: OR binds tighter than the implicit AND between groups.
  const groups: string[][] = [];
  operands.forEach((operand, index) => {
    if (ors[index] && groups.length) groups[groups.length - 1].push(operand);
    else groups.push([operand]);
  });
  return groups.map((g) => (g.length > 1 ? `(${g.join(' | ')})` : g[0])).join(' & ');
}
