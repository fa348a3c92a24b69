import { Feed } from 'feed';

export interface FeedEntryRow {
  id: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  official: boolean;
  thread_id: string;
  thread_title: string;
  is_question: boolean;
  display_name: string;
  author_status: string;
  organisation_name: string;
}

export interface AtomFeedInput {
  /** Absolute URL of the feed itself (without the token) and of the page it mirrors. */
  selfUrl: string;
  pageUrl: string;
  publicUrl: string;
  title: string;
  subtitle: string;
  entries: FeedEntryRow[];
  now: Date;
}

const DELETED_NAME = 'Gelöschtes Konto';
// XML 1.0 allows no C0 control characters except tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const clean = (text: string) => text.replace(XML_INVALID, '');
// The library writes entry titles as type="html": a title is text, so its markup characters are escaped.
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * An Atom 1.0 document (RFC 4287) of forum posts: feed id, title, updated, author and links; per entry id
 * (a stable tag: URI), title, updated, published, author, link to the post in its thread, and the post's
 * sanitised HTML as content. Built with the `feed` library, which escapes text and wraps HTML in CDATA.
 */
export function buildAtomFeed(input: AtomFeedInput): string {
  const host = new URL(input.publicUrl).hostname;
  const updated = input.entries.reduce(
    (latest, e) =>
      e.edited_at && e.edited_at > latest ? e.edited_at : e.created_at > latest ? e.created_at : latest,
    input.entries.length ? new Date(0) : input.now,
  );
  const feed = new Feed({
    id: `tag:${host},2026:${new URL(input.selfUrl).pathname}`,
    title: clean(input.title),
    description: clean(input.subtitle),
    link: input.pageUrl,
    language: 'de',
    updated,
    copyright: 'Forum Kommunalpakt',
    generator: 'Forum Kommunalpakt',
    feedLinks: { atom: input.selfUrl },
    author: { name: 'Forum Kommunalpakt', link: input.publicUrl },
  });
  for (const e of input.entries) {
    const name = e.author_status === 'DELETED' ? DELETED_NAME : `${e.display_name} (${e.organisation_name})`;
    const kind = e.is_question ? 'Frage' : e.official ? 'Offizielle Antwort' : 'Antwort';
    feed.addItem({
      id: `tag:${host},2026:post/${e.id}`,
      title: escapeHtml(clean(`${kind}: ${e.thread_title}`)),
      link: `${input.publicUrl}/fragen/${e.thread_id}#post-${e.id}`,
      date: e.edited_at ?? e.created_at,
      published: e.created_at,
      author: [{ name: clean(name) }],
      content: clean(e.body_html),
    });
  }
  return feed.atom1();
}
