import { Role } from '@forum/shared';
import { createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation($i: TagInput!) { createTag(input: $i) { id slug name description } }`;
const UPDATE = `mutation($i: UpdateTagInput!) { updateTag(input: $i) { id slug name description } }`;
const MERGE = `mutation($i: MergeTagsInput!) { mergeTags(input: $i) { id name } }`;
const ASK = `mutation($i: CreateThreadInput!) { createThread(input: $i) { id tags { slug } } }`;
const TOPIC_THREADS = `query($t: ID!, $tag: ID) { topic(id: $t) { threads(tagId: $tag) { totalCount edges { node { id } } } } }`;
const TAG_PAGE = `query($s: String!) { tag(slug: $s) { name threads { edges { node { id title tags { name } } } } } }`;
const SEARCH = `query($q: String!, $f: SearchFilter) { search(query: $q, filter: $f) { totalCount edges { node { thread { id } } } } }`;

describe('tags (real PostgreSQL)', () => {
  let t: TestApp;
  let topicA: string;
  let topicB: string;
  let user: TestUser;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    const board = await createBoard(t.ds);
    topicA = await createTopic(t.ds, board);
    topicB = await createTopic(t.ds, board);
    user = await createUser(t.ds);
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  const create = async (name: string, description?: string) =>
    ok(await t.gql(CREATE, { i: { name, description } }, { token: moderator.token })).createTag;
  const ask = (topicId: string, title: string, tagIds: string[]) =>
    t.gql(ASK, { i: { topicId, title, body: `${title} – Details`, tagIds } }, { token: user.token });

  it('lets moderators keep the set, and nobody else', async () => {
    const tag = await create('Servicekonto/BundID', 'Nutzerkonten');
    expect(tag).toMatchObject({
      slug: 'servicekonto-bundid',
      name: 'Servicekonto/BundID',
      description: 'Nutzerkonten',
    });
    expect(errorCode(await t.gql(CREATE, { i: { name: 'Privat' } }, { token: user.token }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await t.gql(CREATE, { i: { name: 'servicekonto/bundid' } }, { token: moderator.token })),
    ).toBe('CONFLICT');
    const renamed = ok(
      await t.gql(
        UPDATE,
        { i: { id: tag.id, name: 'BundID', description: 'Das Nutzerkonto des Bundes' } },
        { token: moderator.token },
      ),
    ).updateTag;
    expect(renamed).toEqual({
      id: tag.id,
      slug: 'bundid',
      name: 'BundID',
      description: 'Das Nutzerkonto des Bundes',
    });
    const list = ok(await t.gql('{ tags { name } }', {}, { token: user.token })).tags;
    expect(list.map((x: { name: string }) => x.name)).toContain('BundID');
    expect(errorCode(await t.gql('{ tags { name } }'))).toBe('UNAUTHENTICATED');
  });

  it('tags questions (at most five), filters topic lists, search and the tag page across services', async () => {
    const fit = await create('FIT-Connect');
    const xta = await create('XTA/OSCI');
    const a = ok(await ask(topicA, 'Zustellpunkt für das Gewerbeamt einrichten', [fit.id])).createThread;
    expect(a.tags).toEqual([{ slug: 'fit-connect' }]);
    const b = ok(await ask(topicB, 'Zustellpunkt im DVDV pflegen', [fit.id, xta.id])).createThread;
    const c = ok(await ask(topicA, 'Zustellpunkt ohne Schlagwort', [])).createThread;

    const inTopic = ok(await t.gql(TOPIC_THREADS, { t: topicA, tag: fit.id }, { token: user.token })).topic
      .threads;
    expect(inTopic.edges.map((e: any) => e.node.id)).toEqual([a.id]);
    expect(inTopic.totalCount).toBe(1);
    const all = ok(await t.gql(TOPIC_THREADS, { t: topicA }, { token: user.token })).topic.threads;
    expect(all.edges.map((e: any) => e.node.id).sort()).toEqual([a.id, c.id].sort());

    const page = ok(await t.gql(TAG_PAGE, { s: 'fit-connect' }, { token: user.token })).tag;
    expect(page.threads.edges.map((e: any) => e.node.id).sort()).toEqual([a.id, b.id].sort());

    const found = ok(
      await t.gql(SEARCH, { q: 'Zustellpunkt', f: { tagId: xta.id } }, { token: user.token }),
    ).search;
    expect(found.edges.map((e: any) => e.node.thread.id)).toEqual([b.id]);

    const six = await Promise.all(['A1', 'B2', 'C3', 'D4', 'E5', 'F6'].map((n) => create(`Schlagwort ${n}`)));
    expect(
      errorCode(
        await ask(
          topicA,
          'Zu viele Schlagwörter hier',
          six.map((x) => x.id),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask(topicA, 'Unbekanntes Schlagwort hier', [c.id]))).toBe('BAD_USER_INPUT');
  });

  it('merges a tag into another: its questions carry the target', async () => {
    const src = await create('XÖV-Nachrichten');
    const target = await create('Schnittstelle Fachverfahren');
    const q = ok(await ask(topicA, 'Welche XBau-Version erwartet der Dienst?', [src.id])).createThread;
    const counts = async () =>
      Object.fromEntries(
        ok(await t.gql('{ tags { name questionCount } }', {}, { token: moderator.token })).tags.map(
          (x: { name: string; questionCount: number }) => [x.name, x.questionCount],
        ),
      );
    expect(await counts()).toMatchObject({ 'XÖV-Nachrichten': 1, 'Schnittstelle Fachverfahren': 0 });
    expect(
      errorCode(await t.gql(MERGE, { i: { sourceId: src.id, targetId: target.id } }, { token: user.token })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await t.gql(UPDATE, { i: { id: src.id, name: 'Umbenannt' } }, { token: user.token })),
    ).toBe('FORBIDDEN');
    expect(
      ok(await t.gql(MERGE, { i: { sourceId: src.id, targetId: target.id } }, { token: moderator.token }))
        .mergeTags,
    ).toEqual({
      id: target.id,
      name: 'Schnittstelle Fachverfahren',
    });
    const page = ok(await t.gql(TAG_PAGE, { s: 'schnittstelle-fachverfahren' }, { token: user.token })).tag;
    expect(page.threads.edges.map((e: any) => e.node.id)).toEqual([q.id]);
    expect((await counts())['Schnittstelle Fachverfahren']).toBe(1);
    expect(ok(await t.gql(TAG_PAGE, { s: 'xoev-nachrichten' }, { token: user.token })).tag).toBeNull();
    expect(
      errorCode(
        await t.gql(MERGE, { i: { sourceId: target.id, targetId: target.id } }, { token: moderator.token }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('shows tags in the report as an extra breakdown', async () => {
    const report = ok(
      await t.gql(
        '{ kommunalpaktReport { tags { tag { slug } questions answered services } } }',
        {},
        { token: user.token },
      ),
    ).kommunalpaktReport;
    expect(report.tags.map((r: any) => r.tag.slug)).toContain('fit-connect');
  });
});
