import { parseFeed } from '@rowanmanning/feed-parser';
import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation { createFeedToken }`;

describe('Atom feeds with personal feed tokens (real PostgreSQL)', () => {
  let t: TestApp;
  let land: string;
  let board: string;
  let topic: string;
  let otherTopic: string;
  let kommune: TestUser;
  let landRep: TestUser;
  let moderator: TestUser;
  let threadId: string;
  let hiddenPost: string;

  const as = (user: TestUser) => ({ token: user.token });
  const feed = (path: string, token?: string) =>
    fetch(`${t.url}/feeds/${path}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`, {
      headers: { accept: '*/*' },
    });

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://forum.example' });
    land = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hamburg' });
    board = await createBoard(t.ds, { title: 'Bauen & Wohnen' });
    topic = await createTopic(t.ds, board, {
      title: 'Elektronische Wohnsitzanmeldung (eWA)',
      leadLandId: land,
    });
    otherTopic = await createTopic(t.ds, board, { title: 'Wohngeld' });
    kommune = await createUser(t.ds, { kind: OrganisationKind.KOMMUNE, displayName: 'Petra Peters' });
    landRep = await createUser(t.ds, { organisationId: land, displayName: 'Lars Land' });
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
    threadId = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        {
          i: {
            topicId: topic,
            title: 'Anbindung <XMeld> & "Fachverfahren" ]]> testen?',
            body: 'Wie **geht** das?',
          },
        },
        as(kommune),
      ),
    ).createThread.id;
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body: 'Über den Zustellpunkt.', official: true } },
        as(landRep),
      ),
    );
    hiddenPost = ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body: 'Verborgener Beitrag' } },
        as(kommune),
      ),
    ).createPost.id;
    ok(
      await t.gql(
        `mutation($id: ID!, $r: String!) { hidePost(postId: $id, reason: $r) { id } }`,
        { id: hiddenPost, r: 'Werbung für ein Produkt' },
        as(moderator),
      ),
    );
    await t.gql(
      `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
      { i: { topicId: otherTopic, title: 'Wohngeld und Mietstufe', body: 'Frage zum Wohngeld' } },
      as(kommune),
    );
  });
  afterAll(() => t.close());

  it('serves a topic and a board as Atom with the elements RFC 4287 requires, read back by a feed parser', async () => {
    const token = ok(await t.gql(CREATE, {}, as(kommune))).createFeedToken as string;
    const res = await feed(`topic/${topic}.atom`, token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const xml = await res.text();
    expect(xml).not.toContain(token);
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe('Elektronische Wohnsitzanmeldung (eWA) – Forum Kommunalpakt');
    // The parser exposes no feed id: read it from the document.
    expect(xml).toContain(`<id>tag:forum.example,2026:/feeds/topic/${topic}.atom</id>`);
    expect(parsed.updated).toBeInstanceOf(Date);
    // Question and official answer, newest first; the hidden post is left out.
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Offizielle Antwort: Anbindung <XMeld> & "Fachverfahren" ]]> testen?',
      'Frage: Anbindung <XMeld> & "Fachverfahren" ]]> testen?',
    ]);
    for (const item of parsed.items) {
      expect(item.id).toMatch(/^tag:forum\.example,2026:post\/[0-9a-f-]{36}$/);
      expect(item.updated).toBeInstanceOf(Date);
      expect(item.authors.length).toBe(1);
      expect(item.url).toMatch(new RegExp(`^https://forum\\.example/fragen/${threadId}#post-`));
    }
    expect(parsed.items[0].authors[0].name).toBe('Lars Land (Hamburg)');
    expect(parsed.items[1].content).toBe('<p>Wie <strong>geht</strong> das?</p>');
    expect(xml).not.toContain('Verborgener Beitrag');
    // RFC 4287 § 4.1.1: atom:feed has id, title, updated, and an author (here the forum) on the feed.
    expect(xml).toMatch(
      /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">[\s\S]*<author>\s*<name>Forum Kommunalpakt<\/name>/,
    );

    const boardFeed = parseFeed(await (await feed(`board/${board}.atom`, token)).text());
    expect(boardFeed.items).toHaveLength(3);
    expect(boardFeed.items[0].title).toBe('Frage: Wohngeld und Mietstufe');
  });

  it('needs a valid feed token (never the session token) and stops when it is revoked or replaced', async () => {
    expect((await feed(`topic/${topic}.atom`)).status).toBe(401);
    expect((await feed(`topic/${topic}.atom`, kommune.token)).status).toBe(401);
    const first = ok(await t.gql(CREATE, {}, as(landRep))).createFeedToken as string;
    expect((await feed(`topic/${topic}.atom`, first)).status).toBe(200);
    const status = ok(await t.gql(`{ feedToken { createdAt lastUsedAt } }`, {}, as(landRep))).feedToken;
    expect(status.lastUsedAt).toBeTruthy();

    const second = ok(await t.gql(CREATE, {}, as(landRep))).createFeedToken as string;
    expect(second).not.toBe(first);
    expect((await feed(`topic/${topic}.atom`, first)).status).toBe(401);
    expect((await feed(`topic/${topic}.atom`, second)).status).toBe(200);

    expect(ok(await t.gql(`mutation { revokeFeedToken }`, {}, as(landRep))).revokeFeedToken).toBe(true);
    expect((await feed(`topic/${topic}.atom`, second)).status).toBe(401);
    expect(ok(await t.gql(`{ feedToken { createdAt } }`, {}, as(landRep))).feedToken).toBeNull();
    expect(errorCode(await t.gql(CREATE))).toBe('UNAUTHENTICATED');
  });

  it('shows only what the reader may read: "mein Land" for Länder, nothing for suspended accounts', async () => {
    const landToken = ok(await t.gql(CREATE, {}, as(landRep))).createFeedToken as string;
    const mine = parseFeed(await (await feed('mein-land.atom', landToken)).text());
    expect(mine.title).toBe('Fragen an Hamburg – Forum Kommunalpakt');
    // Only the services Hamburg leads: not the Wohngeld question.
    expect(mine.items.map((i) => i.title)).toHaveLength(2);
    const kommuneToken = ok(await t.gql(CREATE, {}, as(kommune))).createFeedToken as string;
    expect((await feed('mein-land.atom', kommuneToken)).status).toBe(403);

    await t.ds.query(`UPDATE users SET status = $2 WHERE id = $1`, [kommune.id, UserStatus.SUSPENDED]);
    expect((await feed(`topic/${topic}.atom`, kommuneToken)).status).toBe(403);
    await t.ds.query(`UPDATE users SET status = $2 WHERE id = $1`, [kommune.id, UserStatus.ACTIVE]);

    expect((await feed(`topic/00000000-0000-4000-8000-000000000000.atom`, kommuneToken)).status).toBe(404);
    expect((await feed(`topic/${topic}.rss`, kommuneToken)).status).toBe(404);
    expect((await feed(`tags/${topic}.atom`, kommuneToken)).status).toBe(404);
  });

  it('serves a tag across all services: only its visible questions and answers, read back by a feed parser', async () => {
    const ask = async (topicId: string, title: string, tagIds: string[]) =>
      ok(
        await t.gql(
          `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
          { i: { topicId, title, body: `${title}?`, tagIds } },
          as(kommune),
        ),
      ).createThread.id as string;
    const tag = ok(
      await t.gql(
        `mutation($i: TagInput!) { createTag(input: $i) { id slug } }`,
        { i: { name: 'XÖV & Standards' } },
        as(moderator),
      ),
    ).createTag as { id: string; slug: string };
    const otherBoard = await createBoard(t.ds, { title: 'Familie & Kind' });
    const elsewhere = await createTopic(t.ds, otherBoard, { title: 'Elterngeld' });
    const inTopic = await ask(topic, 'XMeld 3.0 in der Anbindung', [tag.id]);
    const inOtherBoard = await ask(elsewhere, 'XFamilie beim Elterngeld', [tag.id]);
    await ask(elsewhere, 'Ohne Schlagwort', []);
    // A question whose first post a moderator hid, and a question merged into another: neither appears.
    const hiddenQuestion = await ask(elsewhere, 'Verborgene Frage mit Schlagwort', [tag.id]);
    const [{ id: hiddenQuestionPost }] = await t.ds.query(`SELECT id FROM posts WHERE thread_id = $1`, [
      hiddenQuestion,
    ]);
    ok(
      await t.gql(
        `mutation($id: ID!, $r: String!) { hidePost(postId: $id, reason: $r) { id } }`,
        { id: hiddenQuestionPost, r: 'Doppelt gestellt' },
        as(moderator),
      ),
    );
    const merged = await ask(elsewhere, 'Zusammengeführte Frage mit Schlagwort', [tag.id]);
    await t.ds.query(`UPDATE threads SET merged_into_id = $2 WHERE id = $1`, [merged, inOtherBoard]);
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId: inTopic, body: 'Mit XMeld 3.1 geht es.', official: true } },
        as(landRep),
      ),
    );

    const token = ok(await t.gql(CREATE, {}, as(landRep))).createFeedToken as string;
    const res = await feed(`tag/${tag.id}.atom`, token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe('Schlagwort „XÖV & Standards“ – Forum Kommunalpakt');
    expect(parsed.url).toBe(`https://forum.example/schlagwort/${tag.slug}`);
    expect(xml).toContain(`<id>tag:forum.example,2026:/feeds/tag/${tag.id}.atom</id>`);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Offizielle Antwort: XMeld 3.0 in der Anbindung',
      'Frage: XFamilie beim Elterngeld',
      'Frage: XMeld 3.0 in der Anbindung',
    ]);
    for (const item of parsed.items) {
      expect(item.id).toMatch(/^tag:forum\.example,2026:post\/[0-9a-f-]{36}$/);
      expect(item.updated).toBeInstanceOf(Date);
      expect(item.authors).toHaveLength(1);
      expect(item.url).toMatch(
        new RegExp(`^https://forum\\.example/fragen/(${inTopic}|${inOtherBoard})#post-`),
      );
    }
    expect(xml).not.toContain('Verborgene Frage');
    expect(xml).not.toContain('Zusammengeführte Frage');
    expect(xml).not.toContain('Ohne Schlagwort');

    // The same rules as every feed: a valid, unrevoked token of an active account; unknown tags are 404.
    expect((await feed(`tag/${tag.id}.atom`)).status).toBe(401);
    expect((await feed(`tag/${tag.id}.atom`, landRep.token)).status).toBe(401);
    await t.ds.query(`UPDATE users SET status = $2 WHERE id = $1`, [landRep.id, UserStatus.SUSPENDED]);
    expect((await feed(`tag/${tag.id}.atom`, token)).status).toBe(403);
    await t.ds.query(`UPDATE users SET status = $2 WHERE id = $1`, [landRep.id, UserStatus.ACTIVE]);
    expect((await feed(`tag/00000000-0000-4000-8000-000000000000.atom`, token)).status).toBe(404);
    expect((await feed(`tag/${tag.slug}.atom`, token)).status).toBe(404);
    ok(await t.gql(`mutation { revokeFeedToken }`, {}, as(landRep)));
    expect((await feed(`tag/${tag.id}.atom`, token)).status).toBe(401);
  });
});
