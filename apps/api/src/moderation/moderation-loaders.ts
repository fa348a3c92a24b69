import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { GqlContext } from '../common/graphql/gql-context';
import type { Loaders } from '../common/loaders/request-loaders';
import { isUuid } from '../common/validation/is-uuid';

export interface SuspensionInfo {
  until: Date | null;
  reason: string | null;
}

function create(ds: DataSource) {
  return {
    /** thread id → the thread it was merged into (columns not mapped on ThreadEntity). */
    mergedInto: new DataLoader<string, string | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows: { id: string; merged_into_id: string | null }[] = valid.length
        ? await ds.query('SELECT id, merged_into_id FROM threads WHERE id = ANY($1)', [valid])
        : [];
      const map = new Map(rows.map((r) => [r.id, r.merged_into_id]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** user id → ids of the boards the user moderates as a board moderator, ordered like the boards. */
    moderatedBoardIds: new DataLoader<string, string[]>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows: { user_id: string; board_id: string }[] = valid.length
        ? await ds.query(
            `SELECT bm.user_id, bm.board_id FROM board_moderators bm JOIN boards b ON b.id = bm.board_id
              WHERE bm.user_id = ANY($1) ORDER BY b.position, b.title`,
            [valid],
          )
        : [];
      return ids.map((id) => rows.filter((r) => r.user_id === id).map((r) => r.board_id));
    }),
    /** user id → end and reason of a suspension (columns not mapped on UserEntity). */
    suspension: new DataLoader<string, SuspensionInfo>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows: { id: string; suspended_until: Date | null; suspension_reason: string | null }[] =
        valid.length
          ? await ds.query('SELECT id, suspended_until, suspension_reason FROM users WHERE id = ANY($1)', [
              valid,
            ])
          : [];
      const map = new Map(rows.map((r) => [r.id, { until: r.suspended_until, reason: r.suspension_reason }]));
      return ids.map((id) => map.get(id) ?? { until: null, reason: null });
    }),
  };
}

export type ModerationLoaders = ReturnType<typeof create>;

// Keyed by the request's loader set, so these live exactly as long as the request's own DataLoaders.
const perRequest = new WeakMap<Loaders, ModerationLoaders>();

export function moderationLoaders(ctx: GqlContext, ds: DataSource): ModerationLoaders {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) {
    loaders = create(ds);
    perRequest.set(ctx.loaders, loaders);
  }
  return loaders;
}
