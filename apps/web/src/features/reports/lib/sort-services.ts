import type { KommunalpaktReportQuery } from '@/gql/graphql';

export type ServiceRow = KommunalpaktReportQuery['kommunalpaktReport']['services'][number];

export type ServiceColumn =
  | 'service'
  | 'leadLand'
  | 'questions'
  | 'answered'
  | 'answeredShare'
  | 'median'
  | 'municipalities'
  | 'lastActivity'
  | 'trend';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  column: ServiceColumn;
  direction: SortDirection;
}

export const SERVICE_COLUMNS: ServiceColumn[] = [
  'service',
  'leadLand',
  'questions',
  'answered',
  'answeredShare',
  'median',
  'municipalities',
  'lastActivity',
  'trend',
];

export const TEXT_COLUMNS: ReadonlySet<ServiceColumn> = new Set(['service', 'leadLand']);

function sortValue(row: ServiceRow, column: ServiceColumn): string | number | null {
  switch (column) {
    case 'service':
      return row.topic.title;
    case 'leadLand':
      return row.topic.leadLand?.name ?? null;
    case 'questions':
      return row.questions;
    case 'answered':
      return row.answered;
    case 'answeredShare':
      return row.answeredShare;
    case 'median':
      return row.medianHoursToFirstLandAnswer;
    case 'municipalities':
      return row.municipalities;
    case 'lastActivity':
      return row.lastActivityAt ? Date.parse(row.lastActivityAt) : null;
    case 'trend':
      return row.weeklyQuestions.reduce((sum, n) => sum + n, 0);
  }
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Sorts a copy; rows without a value come last in both directions, ties by service name. */
export function sortServices(rows: readonly ServiceRow[], sort: SortState): ServiceRow[] {
  const factor = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.column);
    const vb = sortValue(b, sort.column);
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    let result = 0;
    if (typeof va === 'string' && typeof vb === 'string') result = collator.compare(va, vb);
    else if (typeof va === 'number' && typeof vb === 'number') result = va - vb;
    return result * factor || collator.compare(a.topic.title, b.topic.title);
  });
}

/** Clicking the sorted column flips it; another column starts A–Z for text, largest first for numbers. */
export function nextSort(current: SortState, column: ServiceColumn): SortState {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: TEXT_COLUMNS.has(column) ? 'ascending' : 'descending' };
}
