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
});
