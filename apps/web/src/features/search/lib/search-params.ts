import type { OrganisationKind, QuestionProgress, SearchFilter, SearchSort } from '@/gql/graphql';

/** Everything the search page shows, as kept in the URL (German parameter names, readable values). */
export interface SearchState {
  q: string;
  /** board slug */
  bereich: string;
  /** topic id */
  thema: string;
  /** lead Land code, e.g. HE */
  land: string;
  /** tag slug, e.g. fit-connect */
  schlagwort: string;
  art: OrganisationKind | '';
  /** the question's status as the badges show it */
  status: QuestionProgress | '';
  /** YYYY-MM-DD, inclusive */
  von: string;
  bis: string;
  sortierung: 'relevanz' | 'neueste';
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  bereich: '',
  thema: '',
  land: '',
  schlagwort: '',
  art: '',
  status: '',
  von: '',
  bis: '',
  sortierung: 'relevanz',
};

export const ORG_KINDS: OrganisationKind[] = [
  'KOMMUNE',
  'LAND',
  'BUND',
  'FITKO',
  'SPITZENVERBAND',
  'IT_DIENSTLEISTER',
];
export const PROGRESS_FILTERS: QuestionProgress[] = ['OPEN', 'LAND_ANSWERED', 'SOLVED', 'CLOSED'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return allowed.find((a) => a === value) ?? '';
}

export function searchStateFromParams(params: URLSearchParams): SearchState {
  const date = (key: string) => {
    const v = params.get(key) ?? '';
    return DATE.test(v) ? v : '';
  };
  return {
    q: params.get('q') ?? '',
    bereich: params.get('bereich') ?? '',
    thema: params.get('thema') ?? '',
    land: params.get('land') ?? '',
    schlagwort: params.get('schlagwort') ?? '',
    art: oneOf(params.get('art'), ORG_KINDS),
    // Links from before the status model said ANSWERED for an accepted answer.
    status: oneOf(params.get('status') === 'ANSWERED' ? 'SOLVED' : params.get('status'), PROGRESS_FILTERS),
    von: date('von'),
    bis: date('bis'),
    sortierung: params.get('sortierung') === 'neueste' ? 'neueste' : 'relevanz',
  };
}

/** Only non-default values go into the URL, in a fixed order. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const keys: Array<keyof SearchState> = [
    'q',
    'bereich',
    'thema',
    'land',
    'schlagwort',
    'art',
    'status',
    'von',
    'bis',
  ];
  for (const key of keys) {
    const value = key === 'q' ? state.q.trim() : state[key];
    if (value) params.set(key, value);
  }
  if (state.sortierung === 'neueste') params.set('sortierung', 'neueste');
  return params;
}

export function searchHref(state: Partial<SearchState>): string {
  return `/suche?${searchStateToParams({ ...EMPTY_SEARCH, ...state }).toString()}`;
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(
    state.bereich ||
    state.thema ||
    state.land ||
    state.schlagwort ||
    state.art ||
    state.status ||
    state.von ||
    state.bis,
  );
}

interface Lookup {
  boards: ReadonlyArray<{ id: string; slug: string }>;
  laender: ReadonlyArray<{ id: string; code: string | null }>;
  tags?: ReadonlyArray<{ id: string; slug: string }>;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The API's filter: slugs and codes become ids; `bis` includes its whole day (the API's `to` is exclusive). */
export function toApiFilter(state: SearchState, lookup: Lookup): SearchFilter {
  const filter: SearchFilter = {};
  const board = lookup.boards.find((b) => b.slug === state.bereich);
  if (board) filter.boardId = board.id;
  if (state.thema) filter.topicId = state.thema;
  const land = lookup.laender.find((l) => l.code === state.land);
  if (land) filter.leadLandId = land.id;
  const tag = lookup.tags?.find((t) => t.slug === state.schlagwort);
  if (tag) filter.tagId = tag.id;
  if (state.art) filter.authorOrganisationKind = state.art;
  if (state.status) filter.progress = state.status;
  if (state.von) filter.from = `${state.von}T00:00:00.000Z`;
  if (state.bis) filter.to = `${nextDay(state.bis)}T00:00:00.000Z`;
  return filter;
}

export function toApiSort(state: SearchState): SearchSort {
  return state.sortierung === 'neueste' ? 'NEWEST' : 'RELEVANCE';
}
