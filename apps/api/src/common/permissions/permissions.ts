import { Role, UserStatus } from '@forum/shared';
import type { Viewer } from '../graphql/viewer';
import { forbidden, unauthenticated } from '../errors/domain-error';

// The permission table of PRODUCT.md ("Who may do what") as pure functions; services call these so that
// GraphQL and Socket.IO enforce the same rules.

/** Any signed-in, active account. Pending, suspended and deleted accounts may do nothing but sign out. */
export function requireActive(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  if (viewer.status !== UserStatus.ACTIVE) throw forbidden('Ihr Konto ist nicht aktiv.');
  return viewer;
}

export function isGlobalModerator(viewer: Viewer): boolean {
  return viewer.role === Role.MODERATOR || viewer.role === Role.ADMIN;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === Role.ADMIN;
}

/** Lock, pin, move, merge, hide, resolve flags: moderators everywhere, board moderators on their boards. */
export function canModerateBoard(viewer: Viewer, boardModeratorIds: readonly string[]): boolean {
  return isGlobalModerator(viewer) || boardModeratorIds.includes(viewer.id);
}

export function requireGlobalModerator(viewer: Viewer | null): Viewer {
  const active = requireActive(viewer);
  if (!isGlobalModerator(active)) throw forbidden('Nur Moderatorinnen und Moderatoren dürfen das.');
  return active;
}

export function requireAdmin(viewer: Viewer | null): Viewer {
  const active = requireActive(viewer);
  if (!isAdmin(active)) throw forbidden('Nur Administratorinnen und Administratoren dürfen das.');
  return active;
}

export function canAcceptAnswer(
  viewer: Viewer,
  threadAuthorId: string,
  boardModeratorIds: readonly string[],
) {
  return viewer.id === threadAuthorId || canModerateBoard(viewer, boardModeratorIds);
}

/** Own posts; moderators of the board may edit any post (revision kept). */
export function canEditPost(viewer: Viewer, postAuthorId: string, boardModeratorIds: readonly string[]) {
  return viewer.id === postAuthorId || canModerateBoard(viewer, boardModeratorIds);
}
