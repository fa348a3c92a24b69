import demoThreads from './data/demo-threads.json';

/**
 * Demo discussions of the Forum Kommunalpakt (PRODUCT.md, "Demo data"), kept as data in
 * data/demo-threads.json (see data/README.md) and typed here. Seeded once on an empty database, never in
 * production. The content is fictional but written to read like real exchanges between Kommunen, Länder,
 * Bund, FITKO and the kommunale Spitzenverbände; specifics are phrased as experiences, not as facts.
 */

/** Who wrote a post. */
export type DemoAuthor =
  | 'demo:kommune' // kommune@demo.example — Sachbearbeiterin in the Landeshauptstadt Wiesbaden (AGS 06414000, Hessen)
  | 'demo:land' // land@demo.example — representative of Land Hessen (HE)
  | 'demo:moderator' // moderator@demo.example — FITKO community moderation
  | 'demo:admin' // admin@demo.example — FITKO
  | `kommune:${string}` // a staff member of the Kommune with that 8-digit AGS from kommunen.json
  | `land:${string}` // a representative of the Land with that two-letter code from laender.json
  | 'org:BUND'
  | 'org:FITKO'
  | 'org:DST'
  | 'org:DLT'
  | 'org:DStGB'; // Bund, FITKO, Deutscher Städtetag, Deutscher Landkreistag, Deutscher Städte- und Gemeindebund

export interface DemoReply {
  author: DemoAuthor;
  /** Markdown. */
  body: string;
  /** > 0, increasing within a thread. */
  hoursAfterQuestion: number;
}

export interface DemoThread {
  /** Exact `name` of an EfA service from efa-services.json, or `board:<slug>` for a general board from general-boards.json (its single general topic). */
  topic: string;
  /** 5–200 characters. */
  title: string;
  author: DemoAuthor;
  /** Markdown. */
  body: string;
  /** When the question was asked, 1–120 days before the seed. */
  daysAgo: number;
  replies: DemoReply[];
  /** Index into `replies` of the answer the asker accepted. */
  acceptedReply?: number;
  pinned?: boolean;
  locked?: boolean;
}

/** In the data file a markdown body is a list of lines, so that it stays readable there. */
const text = (lines: string[]) => lines.join('\n');

export const DEMO_THREADS: DemoThread[] = demoThreads.map((t) => ({
  ...t,
  author: t.author as DemoAuthor,
  body: text(t.body),
  replies: t.replies.map((r) => ({ ...r, author: r.author as DemoAuthor, body: text(r.body) })),
}));
