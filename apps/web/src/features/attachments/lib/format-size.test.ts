import { describe, expect, it } from 'vitest';
import { formatSize } from './format-size';

describe('formatSize', () => {
  it('names sizes in the unit people read', () => {
    expect(formatSize(512)).toBe('512 Bytes');
    expect(formatSize(1536)).toBe('1,5 KB');
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MB');
    expect(formatSize(1536, 'en')).toBe('1.5 KB');
  });
});
