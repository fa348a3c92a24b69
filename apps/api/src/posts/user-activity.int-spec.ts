import { OrganisationKind, Role } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

describe("a person's activity on the profile page (User.threadCount … recentPosts; real PostgreSQL)", () => {
  let t: TestApp;
  let topic: string;

  beforeAll(async () => {
    t = await startTestApp();
    topic = await createTopic(t.ds, await createBoard(t.ds));
  });
  afterAll(() => t.close());

  const ask = async (user: TestUser, title: string) =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title, body: `Frage: ${title}` } },
        { token: user.token },
      ),
    ).createThread.id as string;
  const reply = async (threadId: string, user: TestUser, body: string) =>
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId, body } },
        { token: user.token },
      ),
    ).createPost.id as string;

  it('shows organisation, role, recent questions and answers, and counts', async () => {
    const land = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen' });
    const person = await createUser(t.ds, {
      organisationId: land,
      role: Role.MODERATOR,
      displayName: 'Frau Land',
    });
    const asker = await createUser(t.ds);
    const own = await ask(person, 'Eigene Frage der Landesvertreterin');
    const q1 = await ask(asker, 'Erste Frage an das Land');
    const q2 = await ask(asker, 'Zweite Frage an das Land');
    const a1 = await reply(q1, person, 'Antwort eins');
    const a2 = await reply(q2, person, 'Antwort zwei');
    const hidden = await reply(q2, person, 'Ausgeblendete Antwort');
    await t.ds.query('UPDATE posts SET hidden_at = now() WHERE id = $1', [hidden]);
    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: a1 },
        { token: asker.token },
      ),
    );

    const viewer = await createUser(t.ds);
    const res = ok(
      await t.gql(
        `query($id: ID!) { user(id: $id) {
           displayName role organisation { name kind }
           threadCount postCount acceptedAnswerCount
           recentThreads(first: 5) { id }
           recentPosts(first: 5) { id }
           answers: recentPosts(first: 5, repliesOnly: true) { id } } }`,
        { id: person.id },
        { token: viewer.token },
      ),
    ).user;
    expect(res).toMatchObject({
      displayName: 'Frau Land',
      role: 'MODERATOR',
      organisation: { name: 'Hessen', kind: 'LAND' },
      threadCount: 1,
      postCount: 3,
      acceptedAnswerCount: 1,
    });
    expect(res.recentThreads.map((x: any) => x.id)).toEqual([own]);
    expect(res.recentPosts.map((x: any) => x.id).slice(0, 2)).toEqual([a2, a1]);
    expect(res.recentPosts).toHaveLength(3);
    expect(res.answers.map((x: any) => x.id)).toEqual([a2, a1]);
    expect(
      errorCode(
        await t.gql(
          `query($id: ID!) { user(id: $id) { recentPosts(first: 500) { id } } }`,
          { id: person.id },
          {
            token: viewer.token,
          },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
