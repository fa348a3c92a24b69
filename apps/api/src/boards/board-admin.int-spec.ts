import { Role, UserStatus } from '@forum/shared';
import { createBoard, createTopic, createUser, type TestUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type GqlResult, type TestApp } from '../../test/test-app';

const CREATE_BOARD = `mutation($i: CreateBoardInput!) { createBoard(input: $i) { id slug title description position archived } }`;
const UPDATE_BOARD = `mutation($i: UpdateBoardInput!) { updateBoard(input: $i) { id slug title description archived } }`;

describe('administration of boards and board moderators (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await createUser(t.ds, { role: Role.ADMIN });
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ token: user.token });
  const fieldsOf = (res: GqlResult) => Object.keys(res.errors?.[0].extensions?.fields ?? {});
  const actions = async (targetId: string) =>
    (
      await t.ds.query(`SELECT action FROM audit_entries WHERE target_id = $1 ORDER BY created_at, id`, [
        targetId,
      ])
    ).map((r: { action: string }) => r.action);

  it('creates and updates boards with validated slugs', async () => {
    const created = ok(
      await t.gql(
        CREATE_BOARD,
        { i: { slug: 'digitale-verwaltung', title: ' Digitale Verwaltung ' } },
        as(admin),
      ),
    ).createBoard;
    expect(created).toMatchObject({
      slug: 'digitale-verwaltung',
      title: 'Digitale Verwaltung',
      archived: false,
    });
    for (const slug of ['Gross-Buchstaben', 'a', 'mit leerzeichen', 'ümlaut', 'x'.repeat(61)]) {
      const res = await t.gql(CREATE_BOARD, { i: { slug, title: 'Titel' } }, as(admin));
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['slug']);
    }
    expect(
      errorCode(
        await t.gql(CREATE_BOARD, { i: { slug: 'digitale-verwaltung', title: 'Doppelt' } }, as(admin)),
      ),
    ).toBe('CONFLICT');
    const missingTitle = await t.gql(CREATE_BOARD, { i: { slug: 'ohne-titel', title: ' ' } }, as(admin));
    expect(fieldsOf(missingTitle)).toEqual(['title']);

    const updated = ok(
      await t.gql(
        UPDATE_BOARD,
        {
          i: {
            boardId: created.id,
            title: 'Verwaltung digital',
            description: 'Beschreibung',
            archived: true,
          },
        },
        as(admin),
      ),
    ).updateBoard;
    expect(updated).toMatchObject({
      slug: 'digitale-verwaltung',
      title: 'Verwaltung digital',
      archived: true,
    });
    const cleared = ok(
      await t.gql(UPDATE_BOARD, { i: { boardId: created.id, description: null } }, as(admin)),
    );
    expect(cleared.updateBoard.description).toBeNull();
    expect(
      fieldsOf(await t.gql(UPDATE_BOARD, { i: { boardId: created.id, slug: 'NEU' } }, as(admin))),
    ).toEqual(['slug']);
    expect(
      fieldsOf(await t.gql(UPDATE_BOARD, { i: { boardId: created.id, title: null } }, as(admin))),
    ).toEqual(['title']);
    expect(
      errorCode(
        await t.gql(
          UPDATE_BOARD,
          { i: { boardId: '00000000-0000-4000-8000-000000000000', title: 'X Y' } },
          as(admin),
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(await actions(created.id)).toEqual(['BOARD_CREATED', 'BOARD_UPDATED', 'BOARD_UPDATED']);
  });

  it('reorders all boards and refuses incomplete orders', async () => {
    await createBoard(t.ds);
    const rows: { id: string }[] = await t.ds.query('SELECT id FROM boards ORDER BY position, title');
    const reversed = rows.map((r) => r.id).reverse();
    const res = ok(
      await t.gql(
        `mutation($ids: [ID!]!) { reorderBoards(boardIds: $ids) { id position } }`,
        { ids: reversed },
        as(admin),
      ),
    );
    expect(res.reorderBoards).toEqual(reversed.map((id, position) => ({ id, position })));
    const listed = ok(await t.gql(`{ boards { id archived } }`, {}, as(admin))).boards;
    const active = listed.filter((b: { archived: boolean }) => !b.archived).map((b: { id: string }) => b.id);
    expect(active).toEqual(reversed.filter((id) => active.includes(id)));
    for (const ids of [reversed.slice(1), [...reversed, reversed[0]]]) {
      const bad = await t.gql(
        `mutation($ids: [ID!]!) { reorderBoards(boardIds: $ids) { id } }`,
        { ids },
        as(admin),
      );
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    }
  });

  it('assigns and removes board moderators, who then moderate that board only', async () => {
    const board = await createBoard(t.ds);
    const topic = await createTopic(t.ds, board);
    const person = await createUser(t.ds);
    const asker = await createUser(t.ds);
    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Frage an die Moderation', body: 'Text' } },
        as(asker),
      ),
    ).createThread.id;
    const lock = (locked: boolean) =>
      t.gql(
        `mutation($id: ID!, $l: Boolean!) { lockThread(threadId: $id, locked: $l) { locked } }`,
        { id: thread, l: locked },
        as(person),
      );
    const assign = `mutation($b: ID!, $u: ID!) { assignBoardModerator(boardId: $b, userId: $u) { id moderators { id } } }`;
    const remove = `mutation($b: ID!, $u: ID!) { removeBoardModerator(boardId: $b, userId: $u) { id moderators { id } } }`;

    expect(errorCode(await lock(true))).toBe('FORBIDDEN');
    expect(
      ok(await t.gql(assign, { b: board, u: person.id }, as(admin))).assignBoardModerator.moderators,
    ).toEqual([{ id: person.id }]);
    expect(errorCode(await t.gql(assign, { b: board, u: person.id }, as(admin)))).toBe('CONFLICT');
    expect(ok(await lock(true)).lockThread.locked).toBe(true);
    const slug = (await t.ds.query('SELECT slug FROM boards WHERE id = $1', [board]))[0].slug;
    const seen = ok(
      await t.gql(
        `query($s: String!) { board(slug: $s) { moderators { id displayName } } }`,
        { s: slug },
        as(asker),
      ),
    );
    expect(seen.board.moderators.map((m: { id: string }) => m.id)).toEqual([person.id]);
    // The web app opens /moderation to board moderators by this field of `me`.
    const mine = () => t.gql(`{ me { moderatedBoards { id slug } } }`, {}, as(person));
    expect(ok(await mine()).me.moderatedBoards).toEqual([{ id: board, slug }]);

    expect(
      ok(await t.gql(remove, { b: board, u: person.id }, as(admin))).removeBoardModerator.moderators,
    ).toEqual([]);
    expect(errorCode(await t.gql(remove, { b: board, u: person.id }, as(admin)))).toBe('NOT_FOUND');
    expect(errorCode(await lock(false))).toBe('FORBIDDEN');
    expect(ok(await mine()).me.moderatedBoards).toEqual([]);
    const pending = await createUser(t.ds, { status: UserStatus.PENDING });
    expect(errorCode(await t.gql(assign, { b: board, u: pending.id }, as(admin)))).toBe('BAD_USER_INPUT');
    expect(await actions(board)).toEqual(['BOARD_MODERATOR_ADDED', 'BOARD_MODERATOR_REMOVED']);
  });
});
