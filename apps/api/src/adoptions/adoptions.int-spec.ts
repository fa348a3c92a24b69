import { OrganisationKind } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';

const SET = `mutation($t: ID!, $s: AdoptionStatus!, $m: String, $since: DateTime) {
  setAdoption(topicId: $t, status: $s, model: $m, since: $since) { status model since organisation { id } recordedBy { id } } }`;
const TOPIC = `query($id: ID!) { topic(id: $id) {
  viewerAdoption { status } adoptions { status model organisation { id name } recordedBy { id displayName } } } }`;
const MAP = `query($t: ID) { adoptionMap(topicId: $t) { landId code name uses inProgress planned } }`;
const REPORT = `{ kommunalpaktReport { services { topic { id } adoption { uses inProgress planned } }
  laender { land { id } adoption { uses inProgress planned } } } }`;

describe('adoption map (real PostgreSQL)', () => {
  let t: TestApp;
  let hamburg: string;
  let bayern: string;
  let ewa: string;
  let wohngeld: string;
  let altona: TestUser;
  let altonaColleague: TestUser;
  let muenchen: TestUser;
  let augsburg: TestUser;
  let landRep: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    hamburg = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hamburg', code: 'HH' });
    bayern = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Bayern', code: 'BY' });
    const board = await createBoard(t.ds);
    ewa = await createTopic(t.ds, board, { title: 'eWA', leadLandId: hamburg });
    wohngeld = await createTopic(t.ds, board, { title: 'Wohngeld', leadLandId: bayern });
    const altonaOrg = await createOrganisation(t.ds, OrganisationKind.KOMMUNE, {
      name: 'Altona',
      landId: hamburg,
    });
    altona = await createUser(t.ds, { organisationId: altonaOrg });
    altonaColleague = await createUser(t.ds, { organisationId: altonaOrg });
    muenchen = await createUser(t.ds, {
      organisationId: await createOrganisation(t.ds, OrganisationKind.KOMMUNE, {
        name: 'München',
        landId: bayern,
      }),
    });
    augsburg = await createUser(t.ds, {
      organisationId: await createOrganisation(t.ds, OrganisationKind.KOMMUNE, {
        name: 'Augsburg',
        landId: bayern,
      }),
    });
    landRep = await createUser(t.ds, { organisationId: hamburg });
  });
  afterAll(() => t.close());

  it('records adoption only for the own Kommune; a colleague changes it, NONE removes it', async () => {
    const saved = ok(
      await t.gql(
        SET,
        { t: ewa, s: 'USES', m: 'FIT-Store', since: '2026-03-01T00:00:00Z' },
        { token: altona.token },
      ),
    ).setAdoption;
    expect(saved).toEqual({
      status: 'USES',
      model: 'FIT-Store',
      since: '2026-03-01T00:00:00.000Z',
      organisation: { id: altona.organisationId },
      recordedBy: { id: altona.id },
    });
    // A Land, Bund or FITKO account records nothing: the record is the Kommune's own statement.
    expect(errorCode(await t.gql(SET, { t: ewa, s: 'USES' }, { token: landRep.token }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(SET, { t: ewa, s: 'USES', since: '1990-01-01T00:00:00Z' }, { token: altona.token }),
      ),
    ).toBe('BAD_USER_INPUT');

    // The colleague of the same Kommune updates the one record (no second row).
    ok(
      await t.gql(SET, { t: ewa, s: 'IN_PROGRESS', m: 'Landesplattform' }, { token: altonaColleague.token }),
    );
    let topic = ok(await t.gql(TOPIC, { id: ewa }, { token: altona.token })).topic;
    expect(topic.viewerAdoption).toEqual({ status: 'IN_PROGRESS' });
    expect(topic.adoptions).toEqual([
      expect.objectContaining({
        status: 'IN_PROGRESS',
        organisation: expect.objectContaining({ id: altona.organisationId }),
        recordedBy: expect.objectContaining({ id: altonaColleague.id }),
      }),
    ]);

    expect(ok(await t.gql(SET, { t: ewa, s: 'NONE' }, { token: altona.token })).setAdoption).toBeNull();
    topic = ok(await t.gql(TOPIC, { id: ewa }, { token: muenchen.token })).topic;
    expect(topic).toEqual({ viewerAdoption: null, adoptions: [] });
  });

  it('shows adoption per Land, and the report and its CSV count it per service and Land', async () => {
    ok(await t.gql(SET, { t: ewa, s: 'USES' }, { token: altona.token }));
    ok(await t.gql(SET, { t: ewa, s: 'USES' }, { token: muenchen.token }));
    ok(await t.gql(SET, { t: ewa, s: 'PLANNED' }, { token: augsburg.token }));
    ok(await t.gql(SET, { t: wohngeld, s: 'IN_PROGRESS' }, { token: augsburg.token }));

    const map = ok(await t.gql(MAP, { t: ewa }, { token: landRep.token })).adoptionMap;
    expect(map).toEqual([
      { landId: bayern, code: 'BY', name: 'Bayern', uses: 1, inProgress: 0, planned: 1 },
      { landId: hamburg, code: 'HH', name: 'Hamburg', uses: 1, inProgress: 0, planned: 0 },
    ]);
    const all = ok(await t.gql(MAP, {}, { token: landRep.token })).adoptionMap;
    expect(all.find((l: { landId: string }) => l.landId === bayern)).toMatchObject({
      uses: 1,
      inProgress: 1,
      planned: 1,
    });

    const report = ok(await t.gql(REPORT, {}, { token: landRep.token })).kommunalpaktReport;
    const service = (id: string) =>
      report.services.find((s: { topic: { id: string } }) => s.topic.id === id).adoption;
    const land = (id: string) =>
      report.laender.find((l: { land: { id: string } }) => l.land.id === id).adoption;
    expect(service(ewa)).toEqual({ uses: 2, inProgress: 0, planned: 1 });
    expect(service(wohngeld)).toEqual({ uses: 0, inProgress: 1, planned: 0 });
    expect(land(bayern)).toEqual({ uses: 1, inProgress: 1, planned: 1 });
    expect(land(hamburg)).toEqual({ uses: 1, inProgress: 0, planned: 0 });

    const csv = await (
      await fetch(`${t.url}/report.csv`, { headers: { authorization: `Bearer ${landRep.token}` } })
    ).text();
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    // By column name: columns are added at the end over time.
    const first = lines[0].split(';').indexOf('Kommunen: nutzt');
    const adoption = (prefix: string) =>
      lines
        .find((l) => l.startsWith(prefix))!
        .split(';')
        .slice(first, first + 3);
    expect(lines[0].split(';').slice(first, first + 3)).toEqual([
      'Kommunen: nutzt',
      'Kommunen: in Umsetzung',
      'Kommunen: geplant',
    ]);
    expect(adoption('Leistung;eWA;')).toEqual(['2', '0', '1']);
    expect(adoption('Land;Bayern;')).toEqual(['1', '1', '1']);
  });

  it('dates the status itself: a corrected model or date keeps it, a new status moves it', async () => {
    const statusSince = async () =>
      (
        await t.ds.query(`SELECT status_since FROM adoptions WHERE topic_id = $1 AND organisation_id = $2`, [
          wohngeld,
          muenchen.organisationId,
        ])
      )[0].status_since as Date;
    ok(await t.gql(SET, { t: wohngeld, s: 'IN_PROGRESS', m: 'FIT-Store' }, { token: muenchen.token }));
    const first = await statusSince();
    await t.ds.query(
      `UPDATE adoptions SET status_since = status_since - interval '30 days' WHERE topic_id = $1`,
      [wohngeld],
    );
    const backdated = await statusSince();
    expect(backdated.getTime()).toBeLessThan(first.getTime());
    ok(
      await t.gql(
        SET,
        { t: wohngeld, s: 'IN_PROGRESS', m: 'Landesplattform', since: '2026-01-01T00:00:00Z' },
        { token: muenchen.token },
      ),
    );
    expect(await statusSince()).toEqual(backdated);
    ok(await t.gql(SET, { t: wohngeld, s: 'USES', m: 'Landesplattform' }, { token: muenchen.token }));
    expect((await statusSince()).getTime()).toBeGreaterThan(backdated.getTime());
  });
});
