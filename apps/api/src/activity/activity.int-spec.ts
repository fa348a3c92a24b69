import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import { createBoard, createOrganisation, createTopic, createUser } from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const RECENT = `query($first: Int) { recentActivity(first: $first) {
  kind at actor { displayName organisation } thread { id title } topic { id title } postId } }`;

interface Entry {
  kind: string;
  at: string;
  actor: { displayName: string; organisation: string } | null;
  thread: { id: string; title: string } | null;
  topic: { id: string; title: string } | null;
  postId: string | null;
}

// What the presenter view shows on opening: the latest activity rebuilt from the tables (real PostgreSQL).
describe('recentActivity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists questions, answers, acceptances, approvals, flags and hides newest first, without content or reporters', async () => {
    const land = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Land Testhausen' });
    const topic = await createTopic(t.ds, await createBoard(t.ds), {
      title: 'Elterngeld digital',
      leadLandId: land,
    });
    const asker = await createUser(t.ds, { displayName: 'Karla Kommune' });
    const landRep = await createUser(t.ds, { organisationId: land, displayName: 'Lars Land' });
    const other = await createUser(t.ds, { displayName: 'Otto Ort' });
    const reporter = await createUser(t.ds, { displayName: 'Rita Meldend' });
    const moderator = await createUser(t.ds, { role: Role.MODERATOR });
    const pending = await createUser(t.ds, { status: UserStatus.PENDING, displayName: 'Neu Person' });
    const pendingBund = await createUser(t.ds, {
      status: UserStatus.PENDING,
      kind: OrganisationKind.BUND,
      displayName: 'Bea Bund',
    });
    const step = () => new Promise((r) => setTimeout(r, 5)); // distinct timestamps, a stable order

    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Anbindung an das Fachverfahren', body: 'Wie?' } },
        { token: asker.token },
      ),
    ).createThread.id as string;
    const reply = async (token: string, body: string) => {
      await step();
      return ok(
        await t.gql(
          `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
          { i: { threadId: thread, body } },
          { token },
        ),
      ).createPost.id as string;
    };
    const official = await reply(landRep.token, 'So geht es.');
    await step();
    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: official },
        { token: asker.token },
      ),
    );
    const spam = await reply(other.token, 'Geheimer Inhalt, der nicht erscheinen darf');
    await step();
    ok(
      await t.gql(
        `mutation($id: ID!) { flagPost(postId: $id, reason: "SPAM") { id } }`,
        { id: spam },
        { token: reporter.token },
      ),
    );
    await step();
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "Werbung") { id } }`,
        { id: spam },
        { token: moderator.token },
      ),
    );
    await step();
    for (const id of [pendingBund.id, pending.id]) {
      await step();
      ok(
        await t.gql(
          `mutation($id: ID!) { approveUser(userId: $id) { id } }`,
          { id },
          { token: moderator.token },
        ),
      );
    }

    const entries = ok<{ recentActivity: Entry[] }>(
      await t.gql(RECENT, {}, { token: asker.token }),
    ).recentActivity;
    const ref = { id: thread, title: 'Anbindung an das Fachverfahren' };
    const topicRef = { id: topic, title: 'Elterngeld digital' };
    expect(
      entries.map((e) => [e.kind, e.actor?.displayName ?? null, e.thread?.id ?? null, e.postId]),
    ).toEqual([
      // A Kommune's account approved is news ("new Kommune joined"); another approval is moderation.
      ['KOMMUNE_JOINED', 'Neu Person', null, null],
      ['ACCOUNT_APPROVED', 'Bea Bund', null, null],
      ['POST_HIDDEN', null, thread, spam],
      ['POST_FLAGGED', null, thread, spam],
      // The hidden answer is gone from the list; the acceptance, the official answer and the question remain.
      ['ANSWER_ACCEPTED', 'Karla Kommune', thread, official],
      ['OFFICIAL_ANSWER', 'Lars Land', thread, official],
      ['QUESTION', 'Karla Kommune', thread, null],
    ]);
    expect(entries[5]).toMatchObject({
      actor: { organisation: 'Land Testhausen' },
      thread: ref,
      topic: topicRef,
    });
    expect(JSON.stringify(entries)).not.toMatch(/Geheimer Inhalt|Rita Meldend/);
    const times = entries.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const two = ok<{ recentActivity: Entry[] }>(await t.gql(RECENT, { first: 2 }, { token: asker.token }));
    expect(two.recentActivity.map((e) => e.kind)).toEqual(['KOMMUNE_JOINED', 'ACCOUNT_APPROVED']);
  });

  it("counts today's questions, official answers, solutions and Kommunen joining", async () => {
    const land = await createOrganisation(t.ds, OrganisationKind.LAND);
    const topic = await createTopic(t.ds, await createBoard(t.ds), { leadLandId: land });
    const asker = await createUser(t.ds);
    const rep = await createUser(t.ds, { organisationId: land });
    const moderator = await createUser(t.ds, { role: Role.MODERATOR });
    const TODAY = `{ activityToday { since questions officialAnswers solved kommunenJoined } }`;
    const before = ok(await t.gql(TODAY, {}, { token: asker.token })).activityToday;

    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Zählt heute mit', body: 'Frage' } },
        { token: asker.token },
      ),
    ).createThread.id;
    const answer = ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId: thread, body: 'Offiziell' } },
        { token: rep.token },
      ),
    ).createPost.id;
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId: thread, body: 'Nur eine Notiz', official: false } },
        { token: rep.token },
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`,
        { id: answer },
        { token: asker.token },
      ),
    );
    for (const kind of [OrganisationKind.KOMMUNE, OrganisationKind.LAND]) {
      const pending = await createUser(t.ds, { status: UserStatus.PENDING, kind });
      ok(
        await t.gql(
          `mutation($id: ID!) { approveUser(userId: $id) { id } }`,
          { id: pending.id },
          { token: moderator.token },
        ),
      );
    }

    const after = ok(await t.gql(TODAY, {}, { token: asker.token })).activityToday;
    expect({
      questions: after.questions - before.questions,
      officialAnswers: after.officialAnswers - before.officialAnswers,
      solved: after.solved - before.solved,
      kommunenJoined: after.kommunenJoined - before.kommunenJoined,
    }).toEqual({ questions: 1, officialAnswers: 1, solved: 1, kommunenJoined: 1 });
    // Since midnight in Germany, whatever the server's time zone.
    const since = new Date(after.since);
    expect(Date.now() - since.getTime()).toBeLessThan(25 * 3_600_000);
    expect(
      new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', timeStyle: 'short' }).format(since),
    ).toBe('00:00');
    expect(errorCode(await t.gql(TODAY))).toBe('UNAUTHENTICATED');
  });

  it('is for signed-in, active users and checks "first"', async () => {
    expect(errorCode(await t.gql(RECENT, {}))).toBe('UNAUTHENTICATED');
    const suspended = await createUser(t.ds, { status: UserStatus.SUSPENDED });
    expect(errorCode(await t.gql(RECENT, {}, { token: suspended.token }))).toBe('FORBIDDEN');
    const user = await createUser(t.ds);
    for (const first of [0, 51]) {
      expect(errorCode(await t.gql(RECENT, { first }, { token: user.token }))).toBe('BAD_USER_INPUT');
    }
  });
});
