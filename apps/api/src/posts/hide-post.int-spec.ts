import { OrganisationKind, Role } from '@forum/shared';
import {
  addBoardModerator,
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import type { DomainEvent } from '../events/domain-event';
import { DomainEventsService } from '../events/domain-events.service';

const THREAD = `query($id: ID!) { thread(id: $id) { id replyCount
  posts(first: 50) { totalCount edges { node { id body bodyHtml hidden hiddenReason createdAt } } } } }`;

describe('hiding a post (GraphQL, real PostgreSQL)', () => {
  let t: TestApp;
  let topicA: string;
  let asker: TestUser;
  let replier: TestUser;
  let reader: TestUser;
  let boardModA: TestUser;
  let boardModB: TestUser;
  let moderator: TestUser;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const land = await createOrganisation(t.ds, OrganisationKind.LAND);
    const boardA = await createBoard(t.ds);
    const boardB = await createBoard(t.ds);
    topicA = await createTopic(t.ds, boardA, { leadLandId: land });
    asker = await createUser(t.ds);
    replier = await createUser(t.ds, { organisationId: land });
    reader = await createUser(t.ds);
    boardModA = await createUser(t.ds);
    boardModB = await createUser(t.ds);
    moderator = await createUser(t.ds, { role: Role.MODERATOR });
    await addBoardModerator(t.ds, boardA, boardModA.id);
    await addBoardModerator(t.ds, boardB, boardModB.id);
    t.app.get(DomainEventsService).on('PostHidden', (e) => void events.push(e));
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ token: user.token });
  const ask = async (user = asker, topicId = topicA, title = 'Wie binden wir das Fachverfahren an?') =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId, title, body: `Frage: ${title}` } },
        as(user),
      ),
    ).createThread.id as string;
  const reply = (user: TestUser, threadId: string, body = 'Eine Antwort') =>
    t.gql(
      `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { threadId, body } },
      as(user),
    );
  const page = async (id: string, user: TestUser = reader) =>
    ok(await t.gql(THREAD, { id }, as(user))).thread;
  const audit = (targetId: string) =>
    t.ds.query(
      `SELECT action, actor_id, reason FROM audit_entries WHERE target_id = $1 ORDER BY created_at, id`,
      [targetId],
    );

  it('hides a post: empty for readers, visible with reason to its author and moderators, and back again', async () => {
    const threadId = await ask();
    const postId = ok(await reply(replier, threadId, 'Unfreundlicher Text')).createPost.id;
    const hide = (hidden: boolean, user = boardModA) =>
      t.gql(
        `mutation($id: ID!, $h: Boolean) { hidePost(postId: $id, reason: "Ton verletzt die Netiquette", hidden: $h) { id hidden hiddenReason body } }`,
        { id: postId, h: hidden },
        as(user),
      );
    expect(errorCode(await hide(true, boardModB))).toBe('FORBIDDEN');
    expect(ok(await hide(true)).hidePost).toEqual({
      id: postId,
      hidden: true,
      hiddenReason: 'Ton verletzt die Netiquette',
      body: 'Unfreundlicher Text',
    });
    const postOf = async (user: TestUser) =>
      (await page(threadId, user)).posts.edges.find((e: { node: { id: string } }) => e.node.id === postId)
        .node;
    expect(await postOf(reader)).toMatchObject({ hidden: true, body: '', bodyHtml: '', hiddenReason: null });
    expect(await postOf(boardModB)).toMatchObject({ body: '' });
    expect(await postOf(replier)).toMatchObject({
      body: 'Unfreundlicher Text',
      hiddenReason: 'Ton verletzt die Netiquette',
    });
    expect(await postOf(boardModA)).toMatchObject({ body: 'Unfreundlicher Text' });
    expect(await postOf(moderator)).toMatchObject({ body: 'Unfreundlicher Text' });
    expect((await page(threadId)).replyCount).toBe(0);
    // Hiding twice changes nothing; showing again restores body and count.
    ok(await hide(true));
    expect(ok(await hide(false)).hidePost).toMatchObject({ hidden: false, hiddenReason: null });
    expect(await postOf(reader)).toMatchObject({ hidden: false, body: 'Unfreundlicher Text' });
    expect((await page(threadId)).replyCount).toBe(1);
    expect((await audit(postId)).map((a: { action: string }) => a.action)).toEqual([
      'POST_HIDDEN',
      'POST_UNHIDDEN',
    ]);
    await t.app.get(DomainEventsService).drain();
    expect(events).toContainEqual({
      type: 'PostHidden',
      actorId: boardModA.id,
      threadId,
      postId,
      hidden: true,
      reason: 'Ton verletzt die Netiquette',
    });
    const blank = await t.gql(
      `mutation($id: ID!) { hidePost(postId: $id, reason: "  ") { id } }`,
      { id: postId },
      as(boardModA),
    );
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].extensions?.fields).toHaveProperty('reason');
  });
});
