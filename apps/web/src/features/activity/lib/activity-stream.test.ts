import type { ActivityPayload } from '@forum/shared';
import {
  addActivity,
  mergeHistory,
  STREAM_LIMIT,
  visibleActivity,
  type ActivityItem,
} from './activity-stream';

function event(minute: number, kind: ActivityPayload['kind'] = 'QUESTION', postId: string | null = null) {
  return {
    kind,
    at: `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`,
    actor: { displayName: 'Karla', organisation: 'Wiesbaden' },
    thread: { id: `th-${minute}`, title: `Frage ${minute}` },
    topic: null,
    postId,
  } satisfies ActivityPayload;
}

describe('addActivity', () => {
  it(`puts the newest event on top and keeps at most ${STREAM_LIMIT}`, () => {
    let items: ActivityItem[] = [];
    for (let i = 0; i < STREAM_LIMIT + 3; i += 1) items = addActivity(items, event(i), i);
    expect(items).toHaveLength(STREAM_LIMIT);
    expect(items[0].thread?.title).toBe(`Frage ${STREAM_LIMIT + 2}`);
    expect(items.at(-1)?.thread?.title).toBe('Frage 3');
  });

  it('orders by event time even when an older event arrives late', () => {
    let items = addActivity([], event(5), 1);
    items = addActivity(items, event(7), 2);
    items = addActivity(items, event(6), 3);
    expect(items.map((i) => i.thread?.title)).toEqual(['Frage 7', 'Frage 6', 'Frage 5']);
  });

  it('withdraws the entries of a post that the moderation hides', () => {
    let items = addActivity([], event(1, 'QUESTION'), 1);
    items = addActivity(items, event(2, 'ANSWER', 'p-spam'), 2);
    items = addActivity(items, event(3, 'OFFICIAL_ANSWER', 'p-ok'), 3);
    items = addActivity(items, event(4, 'POST_FLAGGED', 'p-spam'), 4);
    items = addActivity(items, event(5, 'POST_HIDDEN', 'p-spam'), 5);
    expect(items.map((i) => i.kind)).toEqual(['POST_HIDDEN', 'POST_FLAGGED', 'OFFICIAL_ANSWER', 'QUESTION']);
  });
});

describe('visibleActivity', () => {
  const items = [
    'POST_HIDDEN',
    'KOMMUNE_JOINED',
    'ACCOUNT_APPROVED',
    'POST_FLAGGED',
    'ANSWER_ACCEPTED',
    'ANSWER',
    'OFFICIAL_ANSWER',
    'QUESTION',
  ].map((kind, i) => ({ ...event(59 - i, kind as ActivityPayload['kind']), seq: i }));

  it('shows only public, positive events by default', () => {
    expect(visibleActivity(items, false).map((i) => i.kind)).toEqual([
      'KOMMUNE_JOINED',
      'ANSWER_ACCEPTED',
      'OFFICIAL_ANSWER',
      'QUESTION',
    ]);
  });

  it('shows every event with the switch, cut to what fits on the screen', () => {
    expect(visibleActivity(items, true, 3).map((i) => i.kind)).toEqual([
      'POST_HIDDEN',
      'KOMMUNE_JOINED',
      'ACCOUNT_APPROVED',
    ]);
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
