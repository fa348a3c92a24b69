import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const LOG = `query($action: String, $actorId: ID) { auditLog(first: 50, action: $action, actorId: $actorId) {
  totalCount edges { node { action targetType targetLabel targetPath reason actor { displayName organisation { name } } } } } }`;

// A readable audit log (issue 15): every entry names its object with a link while it exists, the actor
// with organisation, and the reason; lock, move and merge take an optional reason (real PostgreSQL).
describe('readable audit log', () => {
  let t: TestApp;
  let mod: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    const fitko = await createOrganisation(t.ds, OrganisationKind.FITKO, { name: 'FITKO' });
    mod = await createUser(t.ds, { role: Role.MODERATOR, organisationId: fitko, displayName: 'Mona Mod' });
    other = await createUser(t.ds, { role: Role.MODERATOR, displayName: 'Otto Mod' });
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ token: user.token });

  it('names threads, posts, users, topics and boards, links them while they exist, and keeps reasons', async () => {
    const board = await createBoard(t.ds, { title: 'Familie & Kind', slug: 'familie-kind' });
    const from = await createTopic(t.ds, board, { title: 'Elterngeld Digital' });
    const to = await createTopic(t.ds, board, { title: 'ELFE' });
    const asker = await createUser(t.ds, { displayName: 'Karla Kommune' });
    const ask = async (title: string) =>
      ok(
        await t.gql(
          `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
          { i: { topicId: from, title, body: 'Wie geht das?' } },
          as(asker),
        ),
      ).createThread.id as string;
    const thread = await ask('Wie binden wir das Fachverfahren an?');
    const duplicate = await ask('Fachverfahren anbinden – doppelt');
    const post = ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId: thread, body: '**Werbung:** Jetzt Beratung buchen bei [uns](https://x.example)!' } },
        as(asker),
      ),
    ).createPost.id as string;

    ok(
      await t.gql(
        `mutation($id: ID!) { lockThread(threadId: $id, locked: true, reason: "Bitte im neuen Thema weiter") { id } }`,
        { id: thread },
        as(mod),
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!, $to: ID!) { moveThread(threadId: $id, topicId: $to) { id } }`,
        { id: thread, to },
        as(mod),
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { hidePost(postId: $id, reason: "Werbung") { id } }`,
        { id: post },
        as(other),
      ),
    );
    ok(
      await t.gql(
        `mutation($s: ID!, $t: ID!) { mergeThreads(sourceThreadId: $s, targetThreadId: $t, reason: "Dieselbe Frage") { id } }`,
        { s: duplicate, t: thread },
        as(mod),
      ),
    );
    const pending = await createUser(t.ds, { status: UserStatus.PENDING, displayName: 'Rolf Reject' });
    ok(
      await t.gql(
        `mutation($id: ID!) { rejectUser(userId: $id, reason: "Keine Verwaltung") { id } }`,
        { id: pending.id },
        as(mod),
      ),
    );
    const suspended = await createUser(t.ds, { displayName: 'Sina Sperre' });
    ok(
      await t.gql(
        `mutation($id: ID!) { suspendUser(userId: $id, reason: "Beleidigung") { id } }`,
        { id: suspended.id },
        as(mod),
      ),
    );

    const nodes = ok(await t.gql(LOG, {}, as(mod))).auditLog.edges.map((e: any) => e.node);
    const byAction = (action: string) => nodes.find((n: any) => n.action === action);
    expect(byAction('THREAD_LOCKED')).toEqual({
      action: 'THREAD_LOCKED',
      targetType: 'THREAD',
      targetLabel: 'Wie binden wir das Fachverfahren an?',
      targetPath: `/fragen/${thread}`,
      reason: 'Bitte im neuen Thema weiter',
      actor: { displayName: 'Mona Mod', organisation: { name: 'FITKO' } },
    });
    expect(byAction('THREAD_MOVED').reason).toBe('Von „Elterngeld Digital“ nach „ELFE“');
    expect(byAction('THREADS_MERGED')).toMatchObject({
      targetLabel: 'Fachverfahren anbinden – doppelt',
      reason: 'Dieselbe Frage (Zusammengeführt mit „Wie binden wir das Fachverfahren an?“)',
    });
    expect(byAction('POST_HIDDEN')).toMatchObject({
      targetType: 'POST',
      targetLabel: '„Werbung: Jetzt Beratung buchen bei uns!“ in „Wie binden wir das Fachverfahren an?“',
      targetPath: `/fragen/${thread}#post-${post}`,
      reason: 'Werbung',
      actor: { displayName: 'Otto Mod' },
    });
    // A rejected registration is deleted: named as such, without a link.
    expect(byAction('USER_REJECTED')).toMatchObject({ targetLabel: 'Gelöschtes Konto', targetPath: null });
    expect(byAction('USER_SUSPENDED')).toMatchObject({
      targetLabel: expect.stringMatching(/^Sina Sperre \(/),
      targetPath: `/nutzer/${suspended.id}`,
    });
    expect(nodes.every((n: any) => !/[0-9a-f]{8}-/.test(n.targetLabel ?? ''))).toBe(true);
  });

  it('filters by action and by actor, and lists the actors for the filter', async () => {
    const byMona = ok(await t.gql(LOG, { actorId: mod.id }, as(mod))).auditLog;
    expect(byMona.totalCount).toBeGreaterThan(0);
    expect(byMona.edges.every((e: any) => e.node.actor.displayName === 'Mona Mod')).toBe(true);
    const hides = ok(await t.gql(LOG, { action: 'POST_HIDDEN', actorId: other.id }, as(mod))).auditLog;
    expect(hides.edges.map((e: any) => e.node.action)).toEqual(['POST_HIDDEN']);
    const actors = ok(await t.gql(`{ auditActors { displayName } }`, {}, as(mod))).auditActors;
    expect(actors.map((a: any) => a.displayName)).toEqual(['Mona Mod', 'Otto Mod']);

    const user = await createUser(t.ds);
    expect(errorCode(await t.gql(`{ auditActors { id } }`, {}, as(user)))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          `mutation($id: ID!) { lockThread(threadId: $id, locked: true, reason: $r) { id } }`.replace(
            '$r',
            JSON.stringify('x'.repeat(501)),
          ),
          { id: '00000000-0000-0000-0000-000000000000' },
          as(mod),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
