import { LRUCache } from 'lru-cache';

export interface TopicUnread {
  unreadThreads: number;
  newThreads: number;
}

interface UserEntry {
  /** `reading_versions.version` the counts were computed at. */
  reading: string;
  /** Per topic: `topic_stats.version` and the counts computed at it. */
  topics: Map<string, { version: string; counts: TopicUnread }>;
}

/**
 * A user's unread and new thread counts per topic, kept by each instance between page views (the board
 * overview, the first page after sign-in, shows them for every topic). An entry is used only while both
 * versions it was computed at are still current — the topic's (any change to its threads or their posts'
 * visibility) and the user's reading version (any read mark) — which the caller reads from the database on
 * every request, so every instance sees every change at once. The TTL bounds how long the 30-day window
 * can slide before a count is recomputed.
 */
export class UnreadCountsCache {
  private readonly users: LRUCache<string, UserEntry>;

  constructor(maxUsers: number, ttlMs: number) {
    this.users = new LRUCache<string, UserEntry>({ max: Math.max(1, maxUsers), ttl: Math.max(1, ttlMs) });
  }

  /** The counts still valid at these versions; the topics missing from the result must be computed. */
  lookup(
    userId: string,
    reading: string,
    versions: ReadonlyMap<string, string>,
  ): { known: Map<string, TopicUnread>; missing: string[] } {
    const entry = this.users.get(userId);
    const known = new Map<string, TopicUnread>();
    const missing: string[] = [];
    for (const [topicId, version] of versions) {
      const hit = entry?.reading === reading ? entry.topics.get(topicId) : undefined;
      if (hit && hit.version === version) known.set(topicId, hit.counts);
      else missing.push(topicId);
    }
    return { known, missing };
  }

  /** Counts computed after the versions were read (so they are at least as new as the versions say). */
  store(
    userId: string,
    reading: string,
    versions: ReadonlyMap<string, string>,
    counts: ReadonlyMap<string, TopicUnread>,
  ): void {
    let entry = this.users.get(userId);
    if (!entry || entry.reading !== reading) {
      entry = { reading, topics: new Map() };
      this.users.set(userId, entry);
    }
    for (const [topicId, c] of counts) {
      const version = versions.get(topicId);
      if (version !== undefined) entry.topics.set(topicId, { version, counts: c });
    }
  }

  get size(): number {
    return this.users.size;
  }
}
