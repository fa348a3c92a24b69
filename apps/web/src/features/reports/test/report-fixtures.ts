import type { KommunalpaktReportQuery } from '@/gql/graphql';
import type { ServiceRow } from '../lib/sort-services';
import type { LandRow } from '../components/LandBarChart';
import type { TagRow } from '../components/TagTable';

// Test data builders for the report components (used by the tests next to them).

export function buildService(
  overrides: Partial<ServiceRow> & { title?: string; land?: string | null } = {},
): ServiceRow {
  const { title = 'Elterngeld Digital', land = 'Hessen', ...rest } = overrides;
  return {
    __typename: 'ServiceProgress',
    topic: {
      __typename: 'Topic',
      id: `topic-${title}`,
      title,
      leadLand: land ? { __typename: 'Organisation', id: `land-${land}`, name: land } : null,
      board: { __typename: 'Board', id: 'b-1', slug: 'familie-kind' },
    },
    questions: 4,
    answered: 3,
    answeredShare: 0.75,
    medianHoursToFirstLandAnswer: 12.5,
    municipalities: 2,
    lastActivityAt: '2026-11-20T10:00:00.000Z',
    weeklyQuestions: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 0],
    ...rest,
  } as ServiceRow;
}

export function buildLand(name: string, code: string, overrides: Partial<LandRow> = {}): LandRow {
  return {
    __typename: 'LandProgress',
    land: { __typename: 'Organisation', id: `land-${code}`, name, code },
    ledServices: 2,
    questions: 6,
    answered: 5,
    answeredShare: 5 / 6,
    medianHoursToFirstLandAnswer: 12.5,
    answersGiven: 7,
    ...overrides,
  } as LandRow;
}

export function buildTagRow(name: string, questions: number, answered: number, services = 1): TagRow {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    __typename: 'TagProgress',
    tag: { __typename: 'Tag', id: `tag-${slug}`, slug, name },
    questions,
    answered,
    answeredShare: questions ? answered / questions : null,
    services,
  } as TagRow;
}

export function buildReport(
  services: ServiceRow[],
  laender: LandRow[],
  tags: TagRow[] = [],
): { data: KommunalpaktReportQuery } {
  return {
    data: {
      kommunalpaktReport: {
        __typename: 'KommunalpaktReport',
        generatedAt: '2026-11-23T10:00:00.000Z',
        from: null,
        to: null,
        services,
        laender,
        tags,
      } as KommunalpaktReportQuery['kommunalpaktReport'],
    },
  };
}
