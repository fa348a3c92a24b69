import DataLoader from 'dataloader';
import { byId, type LoaderFactory, throughCache } from '../common/loaders/request-loaders';
import { isUuid } from '../common/validation/is-uuid';
import { BoardEntity } from './board.entity';
import { MODERATORS_OF_BOARDS_SQL, BOARDS_MODERATED_BY_SQL } from './boards.sql';

/** Boards by id, through the reference cache. */
export const boardById: LoaderFactory<DataLoader<string, BoardEntity | null>> = (ds, refs) =>
  byId(ds, BoardEntity, refs && { store: refs, kind: 'board' });

/** Board id → its board moderators. Read for the viewer's permissions on every thread page; cached. */
export const boardModeratorIds: LoaderFactory<DataLoader<string, string[]>> = (ds, refs) =>
  new DataLoader<string, string[]>(async (boardIds) => {
    const found = await throughCache(
      refs && { store: refs, kind: 'boardModerators' },
      boardIds,
      async (missing) => {
        const rows: { board_id: string; user_id: string }[] = await ds.query(MODERATORS_OF_BOARDS_SQL, [
          missing,
        ]);
        return new Map(
          missing.map((id) => [id, rows.filter((r) => r.board_id === id).map((r) => r.user_id)]),
        );
      },
    );
    return boardIds.map((id) => found.get(id) ?? []);
  });

/** User id → ids of the boards the user moderates as a board moderator, ordered like the boards. */
export const moderatedBoardIds: LoaderFactory<DataLoader<string, string[]>> = (ds) =>
  new DataLoader<string, string[]>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: { user_id: string; board_id: string }[] = valid.length
      ? await ds.query(BOARDS_MODERATED_BY_SQL, [valid])
      : [];
    return ids.map((id) => rows.filter((r) => r.user_id === id).map((r) => r.board_id));
  });
