import DataLoader from 'dataloader';
import type { LoaderFactory } from '../common/loaders/request-loaders';
import { isUuid } from '../common/validation/is-uuid';
import { MERGED_INTO_SQL, SUSPENSIONS_SQL } from './moderation.sql';

export interface SuspensionInfo {
  until: Date | null;
  reason: string | null;
}

/** Thread id → the thread it was merged into (columns not mapped on ThreadEntity). */
export const mergedInto: LoaderFactory<DataLoader<string, string | null>> = (ds) =>
  new DataLoader<string, string | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: { id: string; merged_into_id: string | null }[] = valid.length
      ? await ds.query(MERGED_INTO_SQL, [valid])
      : [];
    const map = new Map(rows.map((r) => [r.id, r.merged_into_id]));
    return ids.map((id) => map.get(id) ?? null);
  });

/** User id → end and reason of a suspension (columns not mapped on UserEntity). */
export const suspension: LoaderFactory<DataLoader<string, SuspensionInfo>> = (ds) =>
  new DataLoader<string, SuspensionInfo>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: { id: string; suspended_until: Date | null; suspension_reason: string | null }[] =
      valid.length ? await ds.query(SUSPENSIONS_SQL, [valid]) : [];
    const map = new Map(rows.map((r) => [r.id, { until: r.suspended_until, reason: r.suspension_reason }]));
    return ids.map((id) => map.get(id) ?? { until: null, reason: null });
  });
