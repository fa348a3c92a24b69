import { OrganisationKind } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

describe('"Fragen an mein Land": the Land queue (real PostgreSQL)', () => {
  let t: TestApp;
  let ledTopic: string;
  let otherTopic: string;
  let kommune: TestUser;
  let rep: TestUser;
  let otherRep: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    const hessen = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen' });
    const bayern = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Bayern' });
    const board = await createBoard(t.ds);
    ledTopic = await createTopic(t.ds, board, { leadLandId: hessen });
    otherTopic = await createTopic(t.ds, board, { leadLandId: bayern });
    kommune = await createUser(t.ds);
    rep = await createUser(t.ds, { organisationId: hessen });
    otherRep = await createUser(t.ds, { organisationId: bayern });
  });
  afterAll(() => t.close());

  const ask = async (topicId: string, title: string, user = kommune) =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId, title, body: 'Text' } },
        { token: user.token },
      ),
    ).createThread.id as string;
  const reply = async (threadId: string, user: TestUser) =>
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body: 'Antwort' } },
        { token: user.token },
      ),
    ).createPost.id as string;
  const QUEUE = `query($topicId: ID, $progress: QuestionProgress) { landQueue(first: 10, topicId: $topicId, progress: $progress) { totalCount edges { node { id title createdAt progress hasLandAnswer firstLandAnswerAt } } } landQueueCount }`;

  it('lists open questions of the services the Land leads, oldest first; answered ones in the second tab until accepted', async () => {
    const first = await ask(ledTopic, 'Erste offene Frage');
    const second = await ask(ledTopic, 'Zweite offene Frage');
    await ask(otherTopic, 'Frage an Bayern');
    const answered = await ask(ledTopic, 'Beantwortete Frage');
    const post = await reply(answered, otherRep);
    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: post },
        { token: kommune.token },
      ),
    );
    await reply(second, otherRep);

    // Any Land's official answer takes a question out of the open tab ("a Land has answered").
    const res = ok(await t.gql(QUEUE, {}, { token: rep.token }));
    expect(res.landQueue.edges.map((e: any) => e.node.id)).toEqual([first]);
    expect(res.landQueue.edges[0].node).toMatchObject({ progress: 'OPEN', hasLandAnswer: false });
    expect(res.landQueueCount).toBe(1);
    const answeredTab = ok(await t.gql(QUEUE, { progress: 'LAND_ANSWERED' }, { token: rep.token }));
    expect(answeredTab.landQueue.edges.map((e: any) => e.node.id)).toEqual([second]);
    expect(answeredTab.landQueue.edges[0].node).toMatchObject({
      progress: 'LAND_ANSWERED',
      hasLandAnswer: true,
      firstLandAnswerAt: expect.any(String),
    });
    // A reply the Land writes as an ordinary note keeps the question open.
    const noted = await ask(ledTopic, 'Nur eine Notiz');
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id official } }`,
        { i: { threadId: noted, body: 'Wir prüfen das noch.', official: false } },
        { token: rep.token },
      ),
    );
    expect(ok(await t.gql(QUEUE, {}, { token: rep.token })).landQueueCount).toBe(2);
    expect(ok(await t.gql(QUEUE, { topicId: otherTopic }, { token: rep.token })).landQueue.totalCount).toBe(
      0,
    );
    expect(errorCode(await t.gql(QUEUE, {}, { token: kommune.token }))).toBe('FORBIDDEN');
    expect(ok(await t.gql(`{ landQueueCount }`, {}, { token: kommune.token })).landQueueCount).toBe(0);
  });
});
