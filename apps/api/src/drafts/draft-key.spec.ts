import { draftKey, parseDraftKey } from './draft-key';

describe('draft keys', () => {
  const id = '0b5c2f1e-8a7d-4c3b-9e2f-1a2b3c4d5e6f';

  it('accepts thread and topic keys and normalises the id', () => {
    expect(parseDraftKey(`thread:${id}`)).toEqual({ kind: 'thread', id });
    expect(parseDraftKey(`topic:${id.toUpperCase()}`)).toEqual({ kind: 'topic', id });
    expect(draftKey('topic', id.toUpperCase())).toBe(`topic:${id}`);
  });

  it('refuses anything else', () => {
    for (const key of ['', 'thread:', `post:${id}`, `thread:${id}x`, id, `thread: ${id}`]) {
      expect(parseDraftKey(key)).toBeNull();
    }
  });
});
