import { UserStatus } from '@forum/shared';
import type { Viewer } from '../common/graphql/viewer';
import { canModerateBoard } from '../common/permissions/permissions';

/** A stored file with what decides who may read it (attachments.sql.ts FILE_FOR_DOWNLOAD_SQL). */
export interface DownloadableFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  storage: string;
  storageKey: string | null;
  uploaderId: string;
  postId: string | null;
  postAuthorId: string | null;
  postDeleted: boolean | null;
  postHidden: boolean | null;
  boardModeratorIds: string[];
}

/**
 * Like the post it belongs to: active accounts read visible posts; a hidden post's files only its author
 * and those who moderate its board; a deleted post's files nobody but its author and the board's
 * moderators. A file not (or no longer) in a post: only its uploader, e.g. for the editor's preview.
 */
export function mayDownload(viewer: Viewer | null, file: DownloadableFile): boolean {
  if (!viewer || viewer.status !== UserStatus.ACTIVE) return false;
  if (!file.postId) return viewer.id === file.uploaderId;
  if (!file.postDeleted && !file.postHidden) return true;
  return viewer.id === file.postAuthorId || canModerateBoard(viewer, file.boardModeratorIds);
}
