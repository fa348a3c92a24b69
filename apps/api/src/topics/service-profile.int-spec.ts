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

const UPDATE = `mutation($i: UpdateServiceProfileInput!) { updateServiceProfile(input: $i) {
  id description serviceStatus contactRole standards ozgId leikaKey leadLand { id }
  reuseLinks { model label url } profileUpdatedAt profileUpdatedBy { id } } }`;
const HISTORY = `query($id: ID!) { topic(id: $id) { viewerCanEditProfile
  profileHistory { changedFields serviceStatus standards contactRole reuseLinks { model url } ozgId editor { id } } } }`;

describe('Steckbrief of an EfA service: edit rights and history (real PostgreSQL)', () => {
  let t: TestApp;
  let land: string;
  let otherLand: string;
  let board: string;
  let topic: string;
  let landRep: TestUser;
  let otherLandRep: TestUser;
  let kommuneUser: TestUser;
  let boardModerator: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    land = await createOrganisation(t.ds, OrganisationKind.LAND);
    otherLand = await createOrganisation(t.ds, OrganisationKind.LAND);
    board = await createBoard(t.ds);
    topic = await createTopic(t.ds, board, { title: 'Wohngeld', leadLandId: land });
    landRep = await createUser(t.ds, { organisationId: land });
    otherLandRep = await createUser(t.ds, { organisationId: otherLand });
    kommuneUser = await createUser(t.ds, { kind: OrganisationKind.KOMMUNE });
    boardModerator = await createUser(t.ds, { kind: OrganisationKind.KOMMUNE });
    await addBoardModerator(t.ds, board, boardModerator.id);
    admin = await createUser(t.ds, { role: Role.ADMIN });
  });
  afterAll(() => t.close());

  const update = (user: TestUser, i: Record<string, unknown>) =>
    t.gql(UPDATE, { i: { topicId: topic, ...i } }, { token: user.token });

  it('lets the lead Land and moderators edit the Steckbrief, versioned with who and when', async () => {
    const saved = ok(
      await update(landRep, {
        serviceStatus: 'live',
        contactRole: 'Produktverantwortung Wohngeld',
        standards: [' XSozial ', 'FIT-Connect', 'FIT-Connect'],
        reuseLinks: [{ model: 'FIT_STORE', label: 'FIT-Store', url: 'https://fitko.de/fit-store' }],
      }),
    ).updateServiceProfile;
    expect(saved).toMatchObject({
      serviceStatus: 'live',
      contactRole: 'Produktverantwortung Wohngeld',
      standards: ['XSozial', 'FIT-Connect'],
      reuseLinks: [{ model: 'FIT_STORE', label: 'FIT-Store', url: 'https://fitko.de/fit-store' }],
      profileUpdatedBy: { id: landRep.id },
    });
    expect(saved.profileUpdatedAt).toBeTruthy();

    ok(await update(boardModerator, { description: 'Antrag auf Mietzuschuss' }));
    // Saving the same values again is no new version.
    ok(await update(boardModerator, { description: 'Antrag auf Mietzuschuss' }));

    const { topic: read } = ok(await t.gql(HISTORY, { id: topic }, { token: landRep.token }));
    expect(read.viewerCanEditProfile).toBe(true);
    expect(read.profileHistory).toHaveLength(2);
    expect(read.profileHistory[0]).toMatchObject({
      changedFields: ['description'],
      editor: { id: boardModerator.id },
    });
    expect(read.profileHistory[1]).toMatchObject({
      changedFields: ['serviceStatus', 'contactRole', 'reuseLinks', 'standards'],
      serviceStatus: 'live',
      editor: { id: landRep.id },
    });
  });

  it('refuses other Länder and Kommunen, and keeps lead Land and catalogue keys to administrators', async () => {
    for (const user of [otherLandRep, kommuneUser])
      expect(errorCode(await update(user, { serviceStatus: 'eingestellt' }))).toBe('FORBIDDEN');
    const { topic: read } = ok(await t.gql(HISTORY, { id: topic }, { token: kommuneUser.token }));
    expect(read.viewerCanEditProfile).toBe(false);

    expect(errorCode(await update(landRep, { ozgId: '123' }))).toBe('FORBIDDEN');
    expect(errorCode(await update(boardModerator, { leadLandId: otherLand }))).toBe('FORBIDDEN');
    expect(errorCode(await update(landRep, { leikaKey: '99012345678901' }))).toBe('FORBIDDEN');

    const byAdmin = ok(
      await update(admin, { ozgId: '123', leikaKey: '99012345678901', leadLandId: otherLand }),
    ).updateServiceProfile;
    expect(byAdmin).toMatchObject({ ozgId: '123', leikaKey: '99012345678901', leadLand: { id: otherLand } });
    // The former lead Land's representative no longer edits; the new one does.
    expect(errorCode(await update(landRep, { serviceStatus: 'x' }))).toBe('FORBIDDEN');
    ok(await update(otherLandRep, { serviceStatus: 'in Pilotierung' }));

    const { topic: read2 } = ok(await t.gql(HISTORY, { id: topic }, { token: admin.token }));
    expect(read2.profileHistory[1]).toMatchObject({
      changedFields: ['leadLandId', 'ozgId', 'leikaKey'],
      ozgId: '123',
    });
  });

  it('validates links and standards, and records changes made through the topic administration', async () => {
    const res = await update(landRep, {
      reuseLinks: [{ model: 'MARKTPLATZ', label: 'Marktplatz', url: 'http://unsicher.example' }],
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const adminEdit = await t.gql(
      `mutation($i: UpdateTopicInput!) { updateTopic(input: $i) { id } }`,
      { i: { topicId: topic, serviceStatus: 'live (bundesweit)' } },
      { token: admin.token },
    );
    ok(adminEdit);
    const { topic: read } = ok(await t.gql(HISTORY, { id: topic }, { token: admin.token }));
    expect(read.profileHistory[0]).toMatchObject({
      changedFields: ['serviceStatus'],
      serviceStatus: 'live (bundesweit)',
    });
  });
});
