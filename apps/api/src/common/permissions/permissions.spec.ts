import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import type { Viewer } from '../graphql/viewer';
import { DomainError } from '../errors/domain-error';
import {
  canAcceptAnswer,
  canEditPost,
  canModerateBoard,
  requireActive,
  requireAdmin,
  requireGlobalModerator,
} from './permissions';

const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  id: 'u1',
  sessionId: 's1',
  role: Role.USER,
  status: UserStatus.ACTIVE,
  organisationId: 'o1',
  organisationKind: OrganisationKind.KOMMUNE,
  ...over,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as DomainError).code;
  }
  return 'OK';
};

describe('permissions', () => {
  it('requires a signed-in active account', () => {
    expect(codeOf(() => requireActive(null))).toBe('UNAUTHENTICATED');
    for (const status of [UserStatus.PENDING, UserStatus.SUSPENDED, UserStatus.DELETED]) {
      expect(codeOf(() => requireActive(viewer({ status })))).toBe('FORBIDDEN');
    }
    expect(codeOf(() => requireActive(viewer()))).toBe('OK');
  });

  it('lets moderators moderate every board and board moderators only theirs', () => {
    expect(canModerateBoard(viewer(), [])).toBe(false);
    expect(canModerateBoard(viewer(), ['u1'])).toBe(true);
    expect(canModerateBoard(viewer({ role: Role.MODERATOR }), [])).toBe(true);
    expect(canModerateBoard(viewer({ role: Role.ADMIN }), [])).toBe(true);
  });

  it('separates moderator and admin duties', () => {
    expect(codeOf(() => requireGlobalModerator(viewer()))).toBe('FORBIDDEN');
    expect(codeOf(() => requireGlobalModerator(viewer({ role: Role.MODERATOR })))).toBe('OK');
    expect(codeOf(() => requireAdmin(viewer({ role: Role.MODERATOR })))).toBe('FORBIDDEN');
    expect(codeOf(() => requireAdmin(viewer({ role: Role.ADMIN })))).toBe('OK');
  });

  it('lets the asker or a moderator of the board accept', () => {
    expect(canAcceptAnswer(viewer(), 'u1', [])).toBe(true);
    expect(canAcceptAnswer(viewer(), 'other', [])).toBe(false);
    expect(canAcceptAnswer(viewer(), 'other', ['u1'])).toBe(true);
    expect(canEditPost(viewer(), 'other', [])).toBe(false);
    expect(canEditPost(viewer({ role: Role.MODERATOR }), 'other', [])).toBe(true);
  });
});
