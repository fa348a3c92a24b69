import { OrganisationKind, UserStatus } from '@forum/shared';
import { createBoard, createOrganisation, createTopic, createUser } from '../../test/factories';
import { ok, startTestApp, type TestApp } from '../../test/test-app';

describe('organisation pages and the Kommunen directory (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows a Land with the services it leads, its Kommunen and its activity', async () => {
    const land = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen', code: 'HE' });
    const kassel = await createOrganisation(t.ds, OrganisationKind.KOMMUNE, {
      name: 'Stadt Kassel',
      code: '06611000',
      landId: land,
    });
    const fulda = await createOrganisation(t.ds, OrganisationKind.KOMMUNE, {
      name: 'Stadt Fulda',
      code: '06631009',
      landId: land,
    });
    const board = await createBoard(t.ds);
    const topic = await createTopic(t.ds, board, { title: 'Führerschein', leadLandId: land });
    const asker = await createUser(t.ds, { organisationId: kassel });
    await createUser(t.ds, { organisationId: fulda, status: UserStatus.PENDING });
    const rep = await createUser(t.ds, { organisationId: land });
    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId: topic, title: 'Frage aus Kassel', body: 'Text' } },
        { token: asker.token },
      ),
    ).createThread;
    ok(
      await t.gql(
        `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
        { i: { threadId: thread.id, body: 'Antwort' } },
        { token: rep.token },
      ),
    );

    const q = `query($id: ID!) { organisation(id: $id) { name kind code ledTopics { title } kommunen { name } activity { members questions posts officialAnswers } } }`;
    const hessen = ok(await t.gql(q, { id: land }, { token: asker.token })).organisation;
    expect(hessen).toEqual({
      name: 'Hessen',
      kind: 'LAND',
      code: 'HE',
      ledTopics: [{ title: 'Führerschein' }],
      kommunen: [{ name: 'Stadt Fulda' }, { name: 'Stadt Kassel' }],
      activity: { members: 1, questions: 0, posts: 1, officialAnswers: 1 },
    });
    const k = ok(
      await t.gql(
        `query($id: ID!) { organisation(id: $id) { code land { name } activity { questions posts } } }`,
        { id: kassel },
        { token: rep.token },
      ),
    ).organisation;
    expect(k).toEqual({ code: '06611000', land: { name: 'Hessen' }, activity: { questions: 1, posts: 1 } });

    const dir = ok(
      await t.gql(
        `query($land: ID) { participatingKommunen(landId: $land) { name } }`,
        { land },
        { token: rep.token },
      ),
    );
    expect(dir.participatingKommunen).toEqual([{ name: 'Stadt Kassel' }]);
    const guest = ok(await t.gql(`{ organisations(kind: LAND) { name activity { members } } }`));
    expect(guest.organisations[0].activity).toBeNull();
  });
});
