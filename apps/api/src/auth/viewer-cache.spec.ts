import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import type { Viewer } from '../common/graphql/viewer';
import { ViewerCache } from './viewer-cache';

const viewer = (id: string, organisationId = 'org-1'): Viewer => ({
  id,
  sessionId: `s-${id}`,
  role: Role.USER,
  status: UserStatus.ACTIVE,
  organisationId,
  organisationKind: OrganisationKind.KOMMUNE,
});
const later = new Date(Date.now() + 60_000);

describe('ViewerCache', () => {
  let cache: ViewerCache;
  beforeEach(() => {
    cache = new ViewerCache(100, 60_000);
    cache.enable();
  });

  it('does not store a row read before an invalidation that arrived meanwhile', () => {
    const ticket = cache.begin();
    cache.invalidateUser('someone-else');
    cache.store(ticket, 'h1', viewer('u1'), later);
    expect(cache.get('h1')).toBeUndefined();
    cache.store(cache.begin(), 'h1', viewer('u1'), later);
    expect(cache.get('h1')).toEqual(viewer('u1'));
  });

  it('drops every session of a user, and the members of an organisation', () => {
    cache.store(cache.begin(), 'h1', viewer('u1'), later);
    cache.store(cache.begin(), 'h2', viewer('u1'), later);
    cache.store(cache.begin(), 'h3', viewer('u2', 'org-2'), later);
    cache.invalidateUser('u1');
    expect([cache.get('h1'), cache.get('h2')]).toEqual([undefined, undefined]);
    expect(cache.get('h3')).toBeDefined();
    cache.invalidateOrganisation('org-2');
    expect(cache.get('h3')).toBeUndefined();
  });

  it('never serves an expired session', () => {
    cache.store(cache.begin(), 'h1', viewer('u1'), new Date(Date.now() + 1000));
    expect(cache.get('h1', Date.now() + 1001)).toBeUndefined();
  });

  it('serves and stores nothing while disabled (its invalidation channel is down)', () => {
    cache.store(cache.begin(), 'h1', viewer('u1'), later);
    cache.disable();
    expect(cache.get('h1')).toBeUndefined();
    cache.store(cache.begin(), 'h1', viewer('u1'), later);
    cache.enable();
    expect(cache.get('h1')).toBeUndefined();
  });

  it('keeps at most its maximum of entries, and forgets the index of evicted ones', () => {
    const small = new ViewerCache(2, 60_000);
    small.enable();
    for (const n of [1, 2, 3]) small.store(small.begin(), `h${n}`, viewer(`u${n}`), later);
    expect(small.size).toBe(2);
    expect(small.get('h1')).toBeUndefined();
  });
});
