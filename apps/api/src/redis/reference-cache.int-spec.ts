import { OrganisationKind, Role } from '@forum/shared';
import { createBoard, createOrganisation, createTopic, createUser } from '../../test/factories';
import { countQueries } from '../../test/query-counter';
import { ok, startInstancePair, startTestApp, type TestApp } from '../../test/test-app';
import { ReferenceCache } from './reference-cache';

const TOPIC = `query($id: ID!) { topic(id: $id) { id title leadLand { name } board { title } } }`;
// The topic itself is looked up directly; its board and Land come through the cached loaders.
const RENAME = `mutation($i: UpdateBoardInput!) { updateBoard(input: $i) { id title } }`;

async function topicFixture(t: TestApp) {
  const land = await createOrganisation(t.ds, OrganisationKind.LAND);
  const board = await createBoard(t.ds);
  const topic = await createTopic(t.ds, board, { leadLandId: land });
  const admin = await createUser(t.ds, { role: Role.ADMIN });
  const reader = await createUser(t.ds);
  return { topic, board, admin, reader };
}

describe('reference cache (organisations, boards, topics)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves repeated reads of topics, boards and Länder without SQL', async () => {
    const { topic, reader } = await topicFixture(t);
    await t.gql('{ me { id } }', {}, { token: reader.token }).then(ok); // the session is cached from now on
    await t.app.get(ReferenceCache).invalidate();
    const cold = await countQueries(() => t.gql(TOPIC, { id: topic }, { token: reader.token }).then(ok));
    const warm = await countQueries(() => t.gql(TOPIC, { id: topic }, { token: reader.token }).then(ok));
    // Board and Land come from the cache the second time; the topic itself (looked up by the query, not
    // through a loader) is read each time.
    expect(cold.count - warm.count).toBe(2);
  });

  it('shows an admin change at once', async () => {
    const { topic, board, admin, reader } = await topicFixture(t);
    ok(await t.gql(TOPIC, { id: topic }, { token: reader.token }));
    ok(await t.gql(RENAME, { i: { boardId: board, title: 'Neuer Titel' } }, { token: admin.token }));
    const after = ok(await t.gql(TOPIC, { id: topic }, { token: reader.token }));
    expect(after.topic.board.title).toBe('Neuer Titel');
  });

  it('grants and withdraws board moderation at once (the moderator lists are cached too)', async () => {
    const { topic, board, admin, reader } = await topicFixture(t);
    const asker = await createUser(t.ds);
    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Gesperrte Frage', body: 'Text' } },
        { token: asker.token },
      ),
    ).createThread.id as string;
    await t.ds.query('UPDATE threads SET locked = true WHERE id = $1', [thread]);
    const canReply = async () =>
      ok(
        await t.gql(
          `query($id: ID!) { thread(id: $id) { viewerCanReply } }`,
          { id: thread },
          { token: reader.token },
        ),
      ).thread.viewerCanReply as boolean;
    const moderator = (name: 'assign' | 'remove') =>
      t.gql(
        `mutation($b: ID!, $u: ID!) { ${name}BoardModerator(boardId: $b, userId: $u) { id } }`,
        { b: board, u: reader.id },
        { token: admin.token },
      );
    expect(await canReply()).toBe(false); // now cached: nobody moderates the board
    ok(await moderator('assign'));
    expect(await canReply()).toBe(true);
    ok(await moderator('remove'));
    expect(await canReply()).toBe(false);
  });

  it('keeps no copy of a row it did not find', async () => {
    const reader = await createUser(t.ds);
    const board = await createBoard(t.ds);
    const missing = '00000000-0000-4000-8000-000000000001';
    expect(ok(await t.gql(TOPIC, { id: missing }, { token: reader.token })).topic).toBeNull();
    await t.ds.query(`INSERT INTO topics (id, board_id, title) VALUES ($1, $2, 'Spät angelegt')`, [
      missing,
      board,
    ]);
    expect(ok(await t.gql(TOPIC, { id: missing }, { token: reader.token })).topic.title).toBe(
      'Spät angelegt',
    );
  });
});

const redisUrl = process.env.FORUM_TEST_REDIS_URL;
const withRedis = redisUrl ? describe : describe.skip;

withRedis('reference cache across two API instances sharing Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    ({ a, b } = await startInstancePair(redisUrl!));
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('drops the other instance’s copy when an admin changes a board', async () => {
    const { topic, board, admin, reader } = await topicFixture(a);
    expect(ok(await b.gql(TOPIC, { id: topic }, { token: reader.token })).topic.board.title).not.toBe(
      'Umbenannt',
    );
    ok(await a.gql(RENAME, { i: { boardId: board, title: 'Umbenannt' } }, { token: admin.token }));
    let title = '';
    for (let i = 0; i < 40 && title !== 'Umbenannt'; i++) {
      title = ok(await b.gql(TOPIC, { id: topic }, { token: reader.token })).topic.board.title;
      if (title !== 'Umbenannt') await new Promise((r) => setTimeout(r, 50));
    }
    expect(title).toBe('Umbenannt');
  });
});
