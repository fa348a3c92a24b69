import { OrganisationKind } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const SEARCH = `query($q: String!, $f: SearchFilter, $s: SearchSort, $first: Int, $after: String) {
  search(query: $q, filter: $f, sort: $s, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { headline rank thread { id title } post { id } } } } }`;

describe('German full-text search (real PostgreSQL)', () => {
  let t: TestApp;
  let user: TestUser;
  let landRep: TestUser;
  let bundUser: TestUser;
  let boardA: string;
  let boardB: string;
  let fuehrerschein: string;
  let wohngeld: string;
  let hessen: string;
  const ids: Record<string, string> = {};

  const ask = async (topicId: string, title: string, body: string, author = user) =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId, title, body } },
        { token: author.token },
      ),
    ).createThread.id as string;
  const reply = async (threadId: string, body: string, author = user) =>
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body } },
        { token: author.token },
      ),
    ).createPost.id as string;
  const search = async (q: string, f?: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    ok(await t.gql(SEARCH, { q, f, ...extra }, { token: user.token })).search;
  const threadIds = (res: any) => res.edges.map((e: any) => e.node.thread.id);

  beforeAll(async () => {
    t = await startTestApp();
    hessen = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen' });
    const sh = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Schleswig-Holstein' });
    boardA = await createBoard(t.ds, { title: 'Mobilität' });
    boardB = await createBoard(t.ds, { title: 'Bauen & Wohnen' });
    fuehrerschein = await createTopic(t.ds, boardA, { title: 'Führerschein', leadLandId: hessen });
    wohngeld = await createTopic(t.ds, boardB, { title: 'Wohngeld', leadLandId: sh });
    user = await createUser(t.ds);
    landRep = await createUser(t.ds, { organisationId: hessen });
    bundUser = await createUser(t.ds, { kind: OrganisationKind.BUND });
    ids.schnitt = await ask(
      fuehrerschein,
      'Welche Schnittstelle nutzt der Führerschein-Dienst?',
      'Wir brauchen die Schnittstelle zum Fachverfahren.',
    );
    ids.anbind = await ask(
      wohngeld,
      'Anbindung des Wohngeld-Antrags',
      'Wie können wir den Antrag anbinden? Ohne Papier bitte.',
    );
    ids.papier = await ask(
      wohngeld,
      'Papierantrag weiterhin nötig?',
      'Der Antrag auf Papier wird noch verlangt.',
      bundUser,
    );
    ids.official = await ask(fuehrerschein, 'Umtausch alter Führerscheine', 'Frage zum Umtausch.');
    ids.officialPost = await reply(
      ids.official,
      'Der Umtausch läuft über das Portal mit der Zustellung über FIT-Connect.',
      landRep,
    );
    ids.peer = await ask(
      wohngeld,
      'Zustellung an das Fachverfahren',
      'Hat jemand Erfahrung mit der Zustellung über FIT-Connect?',
    );
  });
  afterAll(() => t.close());

  it('stems German words: "Schnittstellen" finds "Schnittstelle", "Anbindung"/"anbinden" find each other', async () => {
    expect(threadIds(await search('Schnittstellen'))).toEqual([ids.schnitt]);
    expect(threadIds(await search('anbinden'))).toContain(ids.anbind);
  });

  it('folds umlauts: "Fuehrerschein" and "Fuhrerschein" find "Führerschein"', async () => {
    for (const q of ['Fuehrerschein', 'Fuhrerschein', 'führerschein']) {
      expect(threadIds(await search(q))).toEqual(expect.arrayContaining([ids.schnitt, ids.official]));
    }
  });

  it('matches the last word as a prefix while typing', async () => {
    expect(threadIds(await search('Schnittst'))).toEqual([ids.schnitt]);
  });

  it('ranks titles above bodies and boosts official answers, with <mark> headlines', async () => {
    const res = await search('Zustellung FIT-Connect');
    expect(threadIds(res)).toEqual([ids.official, ids.peer]);
    const res2 = await search('Papierantrag');
    expect(threadIds(res2)[0]).toBe(ids.papier);
    const hit = res.edges[0].node;
    expect(hit.post.id).toBe(ids.officialPost);
    expect(hit.headline).toContain('<mark>Zustellung</mark>');
  });

  it('supports phrases, exclusion and OR', async () => {
    expect(threadIds(await search('"alter Führerscheine"'))).toEqual([ids.official]);
    expect(threadIds(await search('Antrag -Papier'))).toEqual([]);
    expect(threadIds(await search('Antrag')).sort()).toEqual([ids.anbind, ids.papier].sort());
    expect(threadIds(await search('Schnittstelle OR Umtausch')).sort()).toEqual(
      [ids.schnitt, ids.official].sort(),
    );
  });

  it('filters by board, topic, lead Land, asker organisation kind, state and dates; sorts by newest', async () => {
    const q = 'Antrag OR Zustellung OR Umtausch OR Schnittstelle';
    expect((await search(q)).totalCount).toBe(5);
    expect(threadIds(await search(q, { boardId: boardA })).sort()).toEqual(
      [ids.schnitt, ids.official].sort(),
    );
    expect(threadIds(await search(q, { topicId: wohngeld })).sort()).toEqual(
      [ids.anbind, ids.papier, ids.peer].sort(),
    );
    expect(threadIds(await search(q, { leadLandId: hessen })).sort()).toEqual(
      [ids.schnitt, ids.official].sort(),
    );
    expect(threadIds(await search(q, { authorOrganisationKind: 'BUND' }))).toEqual([ids.papier]);
    await t.ds.query(`UPDATE threads SET state = 'ANSWERED' WHERE id = $1`, [ids.peer]);
    expect(threadIds(await search(q, { state: 'ANSWERED' }))).toEqual([ids.peer]);
    expect((await search(q, { from: '2000-01-01T00:00:00Z', to: '2001-01-01T00:00:00Z' })).totalCount).toBe(
      0,
    );
    expect((await search(q, { from: '2000-01-01T00:00:00Z' })).totalCount).toBe(5);
    const newest = await search(q, undefined, { s: 'NEWEST' });
    expect(threadIds(newest)[0]).toBe(ids.peer);
    const page1 = await search(q, undefined, { first: 2 });
    const page2 = await search(q, undefined, { first: 2, after: page1.pageInfo.endCursor });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(new Set([...threadIds(page1), ...threadIds(page2)]).size).toBe(4);
  });

  it('never shows hidden or deleted posts and follows edits, moves and merges at once', async () => {
    const thread = await ask(fuehrerschein, 'Allgemeine Frage zum Verfahren', 'Ohne Stichwort.');
    const post = await reply(thread, 'Geheimwort Quarkspeise steht hier.');
    expect(threadIds(await search('Quarkspeise'))).toEqual([thread]);
    await t.ds.query(`UPDATE posts SET hidden_at = now(), hidden_reason = 'x' WHERE id = $1`, [post]);
    expect((await search('Quarkspeise')).totalCount).toBe(0);
    await t.ds.query(`UPDATE posts SET hidden_at = NULL WHERE id = $1`, [post]);
    ok(
      await t.gql(
        `mutation($i: EditPostInput!) { editPost(input: $i) { id } }`,
        { i: { postId: post, body: 'Jetzt steht hier Apfelstrudel.' } },
        { token: user.token },
      ),
    );
    expect((await search('Quarkspeise')).totalCount).toBe(0);
    expect(threadIds(await search('Apfelstrudel'))).toEqual([thread]);
    await t.ds.query(`UPDATE threads SET topic_id = $2 WHERE id = $1`, [thread, wohngeld]);
    expect(threadIds(await search('Apfelstrudel', { topicId: wohngeld }))).toEqual([thread]);
    await t.gql(`mutation($id: ID!) { deletePost(postId: $id) { id } }`, { id: post }, { token: user.token });
    expect((await search('Apfelstrudel')).totalCount).toBe(0);
    const target = await ask(fuehrerschein, 'Zieldiskussion', 'Ziel.');
    const source = await ask(fuehrerschein, 'Quelldiskussion Holunderblüte', 'Holunderblüte.');
    await t.ds.query(`UPDATE posts SET thread_id = $2 WHERE thread_id = $1`, [source, target]);
    await t.ds.query(`UPDATE threads SET merged_into_id = $2 WHERE id = $1`, [source, target]);
    expect(threadIds(await search('Holunderblüte'))).toEqual([target]);
  });

  it('answers bad input with BAD_USER_INPUT or an empty result, never a server error', async () => {
    expect(errorCode(await t.gql(SEARCH, { q: '   ' }, { token: user.token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SEARCH, { q: 'x'.repeat(501) }, { token: user.token }))).toBe(
      'BAD_USER_INPUT',
    );
    for (const q of [
      "' OR 1=1 --",
      '"unbalanced',
      'der die das und',
      '!!!',
      '-nur',
      '\\\\ :* & |',
      'a'.repeat(500),
    ]) {
      const res = await t.gql(SEARCH, { q }, { token: user.token });
      expect(res.errors).toBeUndefined();
    }
    expect((await search('der die das')).totalCount).toBe(0);
    expect(errorCode(await t.gql(SEARCH, { q: 'Antrag', after: 'kaputt' }, { token: user.token }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await t.gql(SEARCH, { q: 'Antrag' }))).toBe('UNAUTHENTICATED');
  });

  it('suggests similar questions while a title is typed, same topic first', async () => {
    const res = ok(
      await t.gql(
        `query($t: String!, $topic: ID) { similarThreads(title: $t, topicId: $topic) { sameTopic score thread { id title } } }`,
        { t: 'Schnittstelle des Führerscheindienstes', topic: fuehrerschein },
        { token: user.token },
      ),
    );
    expect(res.similarThreads[0]).toMatchObject({ sameTopic: true, thread: { id: ids.schnitt } });
    expect(res.similarThreads.length).toBeLessThanOrEqual(5);
    const typo = ok(
      await t.gql(
        `query($t: String!) { similarThreads(title: $t) { thread { id } } }`,
        { t: 'Anbindung Wohngeldantrag' },
        { token: user.token },
      ),
    );
    expect(typo.similarThreads.map((s: any) => s.thread.id)).toContain(ids.anbind);
  });
});
