import { OrganisationKind, Role } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../../test/test-app';

const SEARCH = `query($q: String!) { search(query: $q) { totalCount edges { node { thread { id } } } } }`;
const SERVICES = `query($s: String!) { services(search: $s) { id title } }`;
const SUGGEST = `query($q: String!) { searchSuggestion(query: $q) { correction service { id title } } }`;
const ADD = `mutation($t: ID!, $term: String!) { addServiceSynonym(topicId: $t, term: $term) { id term } }`;

describe('search by everyday words: service synonyms (real PostgreSQL)', () => {
  let t: TestApp;
  let user: TestUser;
  let admin: TestUser;
  let ewa: string;
  let kfz: string;
  let wohnsitzThread: string;
  let unrelatedThread: string;

  const ask = async (topicId: string, title: string, body: string) =>
    ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        { i: { topicId, title, body } },
        { token: user.token },
      ),
    ).createThread.id as string;

  beforeAll(async () => {
    t = await startTestApp();
    const hh = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hamburg' });
    const board = await createBoard(t.ds, { title: 'Bauen & Wohnen' });
    ewa = await createTopic(t.ds, board, { title: 'Elektronische Wohnsitzanmeldung (eWA)', leadLandId: hh });
    kfz = await createTopic(t.ds, board, {
      title: 'Internetbasierte Fahrzeugzulassung (i-Kfz)',
      leadLandId: hh,
    });
    user = await createUser(t.ds);
    admin = await createUser(t.ds, { role: Role.ADMIN });
    for (const term of ['Ummeldung', 'Umzug melden', 'Wohnsitzanmeldung', 'Meldebescheinigung'])
      ok(await t.gql(ADD, { t: ewa, term }, { token: admin.token }));
    ok(await t.gql(ADD, { t: kfz, term: 'Autozulassung' }, { token: admin.token }));
    const otherTopic = await createTopic(t.ds, board, { title: 'Allgemeines' });
    wohnsitzThread = await ask(
      otherTopic,
      'Anbindung des Fachverfahrens an die Online-Anmeldung',
      'Wie läuft bei Ihnen die Wohnsitzanmeldung über das Meldeportal, gibt es Erfahrungen mit Gebühren?',
    );
    unrelatedThread = await ask(
      otherTopic,
      'Hundesteuer online',
      'Wer bietet die Hundeanmeldung digital an?',
    );
  });
  afterAll(() => t.close());

  it('finds the eWA service by the everyday word "Ummeldung", and by its name', async () => {
    const byWord = ok(await t.gql(SERVICES, { s: 'Ummeldung' }, { token: user.token })).services;
    expect(byWord.map((s: { id: string }) => s.id)).toEqual([ewa]);
    const byTypo = ok(await t.gql(SERVICES, { s: 'umzug melden' }, { token: user.token })).services;
    expect(byTypo[0].id).toBe(ewa);
    const byName = ok(await t.gql(SERVICES, { s: 'Fahrzeugzul' }, { token: user.token })).services;
    expect(byName.map((s: { id: string }) => s.id)).toEqual([kfz]);
    expect(ok(await t.gql(SERVICES, { s: 'Baumschule' }, { token: user.token })).services).toEqual([]);
  });

  it('expands the full-text search: "Ummeldung" finds a thread that only says "Wohnsitzanmeldung"', async () => {
    const found = ok(await t.gql(SEARCH, { q: 'Ummeldung' }, { token: user.token })).search;
    const ids = found.edges.map((e: { node: { thread: { id: string } } }) => e.node.thread.id);
    expect(ids).toEqual([wohnsitzThread]);
    // The remaining words still count: "Ummeldung Gebühren" matches, "Ummeldung Hund" does not.
    expect(
      ok(await t.gql(SEARCH, { q: 'Ummeldung Gebühren' }, { token: user.token })).search.totalCount,
    ).toBe(1);
    expect(ok(await t.gql(SEARCH, { q: 'Ummeldung Hund' }, { token: user.token })).search.totalCount).toBe(0);
    expect(
      ok(await t.gql(SEARCH, { q: 'Hundeanmeldung' }, { token: user.token })).search.edges[0].node.thread.id,
    ).toBe(unrelatedThread);
  });

  it('suggests the closest service and a spelling correction when nothing is found', async () => {
    const res = ok(await t.gql(SUGGEST, { q: 'Umeldung' }, { token: user.token })).searchSuggestion;
    expect(res.correction).toBe('Ummeldung');
    expect(res.service.id).toBe(ewa);
    const none = ok(await t.gql(SUGGEST, { q: 'xyzq' }, { token: user.token })).searchSuggestion;
    expect(none).toEqual({ correction: null, service: null });
  });

  it('lets only administrators edit the synonyms, without duplicates', async () => {
    expect(errorCode(await t.gql(ADD, { t: ewa, term: 'Umzug' }, { token: user.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(ADD, { t: ewa, term: ' ummeldung ' }, { token: admin.token }))).toBe(
      'CONFLICT',
    );
    const added = ok(
      await t.gql(ADD, { t: ewa, term: 'Adressänderung' }, { token: admin.token }),
    ).addServiceSynonym;
    const listed = ok(
      await t.gql(
        `query($id: ID!) { topic(id: $id) { synonyms { id term } } }`,
        { id: ewa },
        { token: user.token },
      ),
    ).topic.synonyms;
    expect(listed.map((s: { term: string }) => s.term)).toContain('Adressänderung');
    const REMOVE = `mutation($id: ID!) { removeServiceSynonym(id: $id) }`;
    expect(errorCode(await t.gql(REMOVE, { id: added.id }, { token: user.token }))).toBe('FORBIDDEN');
    expect(ok(await t.gql(REMOVE, { id: added.id }, { token: admin.token })).removeServiceSynonym).toBe(true);
    expect(ok(await t.gql(SERVICES, { s: 'Adressänderung' }, { token: user.token })).services).toEqual([]);
  });

  it('lets administrators correct a synonym: validated, no duplicates, audited, and search sees it at once', async () => {
    const UPDATE = `mutation($id: ID!, $term: String!) { updateServiceSynonym(id: $id, term: $term) { id term } }`;
    const searchIds = async (q: string) =>
      ok(await t.gql(SEARCH, { q }, { token: user.token })).search.edges.map(
        (e: { node: { thread: { id: string } } }) => e.node.thread.id,
      );
    expect(await searchIds('Adresswechsel')).toEqual([]);
    const added = ok(await t.gql(ADD, { t: ewa, term: '  Adresswechsel ' }, { token: admin.token }))
      .addServiceSynonym as { id: string; term: string };
    expect(added.term).toBe('Adresswechsel');
    // Right after the mutation, on the next request: no cache stands in between.
    expect(await searchIds('Adresswechsel')).toEqual([wohnsitzThread]);
    expect(ok(await t.gql(SERVICES, { s: 'Adresswechsel' }, { token: user.token })).services[0].id).toBe(ewa);

    const updated = ok(
      await t.gql(UPDATE, { id: added.id, term: 'Wohnungs\twechsel   melden' }, { token: admin.token }),
    ).updateServiceSynonym;
    expect(updated).toEqual({ id: added.id, term: 'Wohnungs wechsel melden' });
    ok(await t.gql(UPDATE, { id: added.id, term: 'Wohnungswechsel' }, { token: admin.token }));
    expect(await searchIds('Wohnungswechsel')).toEqual([wohnsitzThread]);
    expect(await searchIds('Adresswechsel')).toEqual([]);

    expect(errorCode(await t.gql(UPDATE, { id: added.id, term: 'Umzug' }, { token: user.token }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(UPDATE, { id: added.id, term: 'UMMELDUNG' }, { token: admin.token }))).toBe(
      'CONFLICT',
    );
    for (const term of [' x ', '   ', '--', 'x'.repeat(101)])
      expect(errorCode(await t.gql(UPDATE, { id: added.id, term }, { token: admin.token }))).toBe(
        'BAD_USER_INPUT',
      );
    expect(
      errorCode(
        await t.gql(
          UPDATE,
          { id: '00000000-0000-4000-8000-000000000000', term: 'Umzug' },
          { token: admin.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    // A refused write changes nothing.
    const terms = ok(
      await t.gql(
        `query($id: ID!) { topic(id: $id) { synonyms { term } } }`,
        { id: ewa },
        { token: user.token },
      ),
    ).topic.synonyms.map((s: { term: string }) => s.term);
    expect(terms).toContain('Wohnungswechsel');
    expect(terms.filter((term: string) => term.toLowerCase() === 'ummeldung')).toEqual(['Ummeldung']);

    const audit = await t.ds.query(
      `SELECT action, target_id, reason FROM audit_entries WHERE action LIKE 'SYNONYM_%' AND target_id = $1 AND reason LIKE '%→%' ORDER BY created_at`,
      [ewa],
    );
    expect(audit).toEqual([
      { action: 'SYNONYM_UPDATED', target_id: ewa, reason: 'Adresswechsel → Wohnungs wechsel melden' },
      { action: 'SYNONYM_UPDATED', target_id: ewa, reason: 'Wohnungs wechsel melden → Wohnungswechsel' },
    ]);
  });
});
