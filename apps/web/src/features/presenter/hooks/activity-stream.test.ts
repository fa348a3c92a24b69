import type { ActivityPayload } from '@forum/shared';
import { addActivity, mergeHistory, STREAM_LIMIT, type ActivityItem } from './activity-stream';

function event(minute: number, kind: ActivityPayload['kind'] = 'QUESTION'): ActivityPayload {
  return {
    kind,
    at: `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`,
    actor: { displayName: 'Karla', organisation: 'Wiesbaden' },
    thread: { id: `th-${minute}`, title: `Frage ${minute}` },
    topic: null,
  };
}

describe('addActivity', () => {
  it('puts the newest event on top and keeps at most 12', () => {
    let items: ActivityItem[] = [];
    for (let i = 0; i < 15; i += 1) items = addActivity(items, event(i), i);
    expect(items).toHaveLength(STREAM_LIMIT);
    expect(items[0].thread?.title).toBe('Frage 14');
    expect(items.at(-1)?.thread?.title).toBe('Frage 3');
  });

  it('orders by event time even when an older event arrives late', () => {
    let items = addActivity([], event(5), 1);
    items = addActivity(items, event(7), 2);
    items = addActivity(items, event(6), 3);
    expect(items.map((i) => i.thread?.title)).toEqual(['Frage 7', 'Frage 6', 'Frage 5']);
  });
});

describe('mergeHistory', () => {
  it('puts the history below live events and keeps an event that is in both once', () => {
    const live = addActivity([], { ...event(9), at: '2026-11-23T10:09:02.000Z' }, 1);
    const merged = mergeHistory(live, [event(9), event(8), event(4)]);
    expect(merged.map((i) => i.thread?.title)).toEqual(['Frage 9', 'Frage 8', 'Frage 4']);
    expect(merged[0].seq).toBe(1);
    expect(merged.slice(1).every((i) => i.seq < 0)).toBe(true);
  });

  it('keeps two different events of the same thread and cuts to the limit', () => {
    const merged = mergeHistory([], [event(9, 'OFFICIAL_ANSWER'), event(9, 'QUESTION'), event(1)], 2);
    expect(merged.map((i) => i.kind)).toEqual(['OFFICIAL_ANSWER', 'QUESTION']);
  });
});
