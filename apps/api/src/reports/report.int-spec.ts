import { OrganisationKind } from '@forum/shared';
import {
  createBoard,
  createOrganisation,
  createTopic,
  createUser,
  type TestUser,
} from '../../test/factories';
import { errorCode, ok, startTestApp, type TestApp } from '../../test/test-app';
import { csvField } from './report-csv';

// A hand-computed fixture (see the comments for each figure); timestamps are set explicitly.
describe('Kommunalpakt report (real PostgreSQL)', () => {
  let t: TestApp;
  let landA: string;
  let landB: string;
  let s1: string;
  let s2: string;
  let s3: string;
  let viewer: TestUser;

  const at = (iso: string) => new Date(iso);
  const hoursAfter = (iso: string, h: number) => new Date(new Date(iso).getTime() + h * 3_600_000);

  async function thread(
    topicId: string,
    author: TestUser,
    createdAt: Date,
    opts: { accepted?: boolean } = {},
  ) {
    const [row] = await t.ds.query(
      `INSERT INTO threads (topic_id, author_id, title, last_activity_at, created_at) VALUES ($1, $2, 'Frage', $3, $3) RETURNING id`,
      [topicId, author.id, createdAt],
    );
    await post(row.id, author, createdAt, false);
    return { id: row.id as string, accept: opts.accepted };
  }

  async function post(
    threadId: string,
    author: TestUser,
    createdAt: Date,
    official: boolean,
    hidden = false,
  ) {
    const [row] = await t.ds.query(
      `INSERT INTO posts (thread_id, author_id, author_organisation_id, official, body, body_html, created_at, hidden_at)
       VALUES ($1, $2, $3, $4, 'Text', '<p>Text</p>', $5, $6) RETURNING id`,
      [threadId, author.id, author.organisationId, official, createdAt, hidden ? createdAt : null],
    );
    await t.ds.query(`UPDATE threads SET last_activity_at = greatest(last_activity_at, $2) WHERE id = $1`, [
      threadId,
      createdAt,
    ]);
    return row.id as string;
  }

  beforeAll(async () => {
    t = await startTestApp();
    landA = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Land A' });
    landB = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Land B' });
    const board = await createBoard(t.ds);
    s1 = await createTopic(t.ds, board, { title: 'Führerschein; Umtausch „alt“', leadLandId: landA });
    s2 = await createTopic(t.ds, board, { title: 'Ehe Online', leadLandId: landA });
    s3 = await createTopic(t.ds, board, { title: 'Wohngeld', leadLandId: landB });
    const k1 = await createUser(t.ds, { kind: OrganisationKind.KOMMUNE });
    const k2 = await createUser(t.ds, { kind: OrganisationKind.KOMMUNE });
    const bund = await createUser(t.ds, { kind: OrganisationKind.BUND });
    const repA = await createUser(t.ds, { organisationId: landA });
    const repB = await createUser(t.ds, { organisationId: landB });
    viewer = k1;

    // S1 — T1: Land A after 2 h, K2 replies, accepted.
    const t1 = await thread(s1, k1, at('2026-01-05T10:00:00Z'));
    const a1 = await post(t1.id, repA, hoursAfter('2026-01-05T10:00:00Z', 2), true);
    await post(t1.id, k2, at('2026-01-06T09:00:00Z'), false);
    await t.ds.query(`UPDATE threads SET accepted_post_id = $1, state = 'ANSWERED' WHERE id = $2`, [
      a1,
      t1.id,
    ]);
    // T2: Land B after 24 h, not accepted (answered by a Land).
    const t2 = await thread(s1, k2, at('2026-01-10T00:00:00Z'));
    await post(t2.id, repB, hoursAfter('2026-01-10T00:00:00Z', 24), true);
    // T3: no answer.
    const t3 = await thread(s1, k1, at('2026-01-20T00:00:00Z'));
    // T4: a hidden Land answer after 4 h does not count; the visible one after 10 h does.
    const t4 = await thread(s1, k1, at('2026-01-21T00:00:00Z'));
    await post(t4.id, repA, hoursAfter('2026-01-21T00:00:00Z', 4), true, true);
    await post(t4.id, repA, hoursAfter('2026-01-21T00:00:00Z', 10), true);
    // T5: before the period.
    const t5 = await thread(s1, k1, at('2025-12-20T00:00:00Z'));
    await post(t5.id, repA, hoursAfter('2025-12-20T00:00:00Z', 1), true);
    // S2 — T6: Land A after 1 h and 3 h; T7 asked by the Bund, Land B after 5 h.
    const t6 = await thread(s2, k2, at('2026-01-15T00:00:00Z'));
    await post(t6.id, repA, hoursAfter('2026-01-15T00:00:00Z', 1), true);
    await post(t6.id, repA, hoursAfter('2026-01-15T00:00:00Z', 3), true);
    const t7 = await thread(s2, bund, at('2026-01-16T00:00:00Z'));
    await post(t7.id, repB, hoursAfter('2026-01-16T00:00:00Z', 5), true);
    // Tags: FIT-Connect on T1 (answered), T3 (open) in S1 and T6 (answered) in S2, and on T5 before the
    // period; a second tag with no question (its name needs quoting in the CSV).
    const [fit] = await t.ds.query(
      `INSERT INTO tags (slug, name) VALUES ('fit-connect', 'FIT-Connect') RETURNING id`,
    );
    await t.ds.query(`INSERT INTO tags (slug, name) VALUES ('datenschutz-dsfa', 'Datenschutz; DSFA')`);
    for (const th of [t1, t3, t6, t5])
      await t.ds.query('INSERT INTO thread_tags (thread_id, tag_id) VALUES ($1, $2)', [th.id, fit.id]);

    // Adoption records (the current state only): dated by the Kommune's "seit" (USES, IN_PROGRESS), else
    // by the day the status was recorded (status_since; for PLANNED "since" is the target date).
    const kA1 = await createOrganisation(t.ds, OrganisationKind.KOMMUNE, { landId: landA });
    const kA2 = await createOrganisation(t.ds, OrganisationKind.KOMMUNE, { landId: landA });
    const kB1 = await createOrganisation(t.ds, OrganisationKind.KOMMUNE, { landId: landB });
    const adoption = (
      org: string,
      topic: string,
      status: string,
      since: string | null,
      statusSince: string,
    ) =>
      t.ds.query(
        `INSERT INTO adoptions (organisation_id, topic_id, status, since, status_since) VALUES ($1, $2, $3, $4, $5)`,
        [org, topic, status, since && at(since), at(statusSince)],
      );
    await adoption(kA1, s1, 'USES', '2025-06-01T00:00:00Z', '2026-01-10T00:00:00Z'); // a1: before January
    await adoption(kA2, s1, 'USES', '2026-01-15T00:00:00Z', '2026-01-16T00:00:00Z'); // a2: new in January
    await adoption(kB1, s1, 'USES', '2026-03-01T00:00:00Z', '2026-01-05T00:00:00Z'); // a3: uses from March
    await adoption(kA1, s2, 'PLANNED', '2026-09-01T00:00:00Z', '2026-01-20T00:00:00Z'); // a4: planned in January
    await adoption(kA2, s2, 'IN_PROGRESS', null, '2026-02-10T00:00:00Z'); // a5: after January
    await adoption(kB1, s3, 'IN_PROGRESS', null, '2025-11-01T00:00:00Z'); // a6: before January
  });
  afterAll(() => t.close());

  const QUERY = `query($from: DateTime, $to: DateTime) { kommunalpaktReport(from: $from, to: $to) { generatedAt from to
    services { topic { id title leadLand { name } } questions answered answeredShare medianHoursToFirstLandAnswer municipalities lastActivityAt weeklyQuestions }
    laender { land { id name } ledServices questions answered answeredShare medianHoursToFirstLandAnswer answersGiven } } }`;

  it('computes every figure per service and per Land for a period', async () => {
    const r = ok(
      await t.gql(
        QUERY,
        { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
        { token: viewer.token },
      ),
    ).kommunalpaktReport;
    const byTopic = new Map<string, any>(r.services.map((s: any) => [s.topic.id, s]));
    // S1: T1–T4; answered T1, T2, T4; median of 2, 24, 10 h = 10; Kommunen K1 and K2.
    expect(byTopic.get(s1)).toMatchObject({
      questions: 4,
      answered: 3,
      answeredShare: 0.75,
      medianHoursToFirstLandAnswer: 10,
      municipalities: 2,
      lastActivityAt: '2026-01-21T10:00:00.000Z',
    });
    // S2: T6, T7; median of 1 and 5 h (even count) = 3; the Bund is no Kommune.
    expect(byTopic.get(s2)).toMatchObject({
      questions: 2,
      answered: 2,
      answeredShare: 1,
      medianHoursToFirstLandAnswer: 3,
      municipalities: 1,
    });
    // S3: no questions.
    expect(byTopic.get(s3)).toMatchObject({
      questions: 0,
      answered: 0,
      answeredShare: null,
      medianHoursToFirstLandAnswer: null,
      municipalities: 0,
      lastActivityAt: null,
    });
    const byLand = new Map<string, any>(r.laender.map((l: any) => [l.land.id, l]));
    // Land A leads S1 and S2: 6 questions, 5 answered, median of 2, 24, 10, 1, 5 = 5; it wrote 4 visible answers in January.
    expect(byLand.get(landA)).toMatchObject({
      ledServices: 2,
      questions: 6,
      answered: 5,
      medianHoursToFirstLandAnswer: 5,
      answersGiven: 4,
    });
    expect(byLand.get(landA).answeredShare).toBeCloseTo(5 / 6);
    expect(byLand.get(landB)).toMatchObject({
      ledServices: 1,
      questions: 0,
      answered: 0,
      answeredShare: null,
      medianHoursToFirstLandAnswer: null,
      answersGiven: 2,
    });
    expect(r.from).toBe('2026-01-01T00:00:00.000Z');
  });

  const ADOPTION = `query($from: DateTime, $to: DateTime) { kommunalpaktReport(from: $from, to: $to) {
    services { topic { id } adoption { uses inProgress planned } adoptionNew { uses inProgress planned } }
    laender { land { id } adoption { uses inProgress planned } adoptionNew { uses inProgress planned } } } }`;
  const figures = async (period: { from?: string; to?: string }) => {
    const r = ok(await t.gql(ADOPTION, period, { token: viewer.token })).kommunalpaktReport;
    const of = (row: any) => [
      [row.adoption.uses, row.adoption.inProgress, row.adoption.planned],
      [row.adoptionNew.uses, row.adoptionNew.inProgress, row.adoptionNew.planned],
    ];
    return {
      service: (id: string) => of(r.services.find((s: any) => s.topic.id === id)),
      land: (id: string) => of(r.laender.find((l: any) => l.land.id === id)),
    };
  };

  it('counts adoption as it stood at the end of the period, and what was new within it', async () => {
    // January: [uses, in progress, planned] at the end, then the records begun in January.
    const jan = await figures({ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(jan.service(s1)).toEqual([
      [2, 0, 0], // a1, a2 (a3 only from March)
      [1, 0, 0], // a2
    ]);
    expect(jan.service(s2)).toEqual([
      [0, 0, 1], // a4 (a5 recorded in February)
      [0, 0, 1],
    ]);
    expect(jan.service(s3)).toEqual([
      [0, 1, 0], // a6, from November
      [0, 0, 0],
    ]);
    expect(jan.land(landA)).toEqual([
      [2, 0, 1], // a1, a2, a4
      [1, 0, 1], // a2, a4
    ]);
    expect(jan.land(landB)).toEqual([
      [0, 1, 0], // a6
      [0, 0, 0],
    ]);
    // Up to the end of 2025 (no start): a1 and a6; all of them count as new.
    const y2025 = await figures({ to: '2026-01-01T00:00:00Z' });
    expect(y2025.service(s1)).toEqual([
      [1, 0, 0],
      [1, 0, 0],
    ]);
    expect(y2025.service(s2)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(y2025.land(landB)).toEqual([
      [0, 1, 0],
      [0, 1, 0],
    ]);
    // Without a period: every record.
    const now = await figures({});
    expect(now.service(s1)).toEqual([
      [3, 0, 0],
      [3, 0, 0],
    ]);
    expect(now.service(s2)).toEqual([
      [0, 1, 1],
      [0, 1, 1],
    ]);
  });

  it('includes everything without a period and counts weekly questions', async () => {
    const r = ok(await t.gql(QUERY, {}, { token: viewer.token })).kommunalpaktReport;
    const row = r.services.find((s: any) => s.topic.id === s1);
    expect(row).toMatchObject({ questions: 5, answered: 4 });
    // Median of 2, 24, 10, 1 h (T5 included) = 6.
    expect(row.medianHoursToFirstLandAnswer).toBe(6);
    const weekly = ok(
      await t.gql(QUERY, { to: '2026-01-22T00:00:00Z' }, { token: viewer.token }),
    ).kommunalpaktReport;
    const w = weekly.services.find((s: any) => s.topic.id === s1).weeklyQuestions;
    expect(w).toHaveLength(12);
    // Week ending 2026-01-22: T3 (20.1.) and T4 (21.1.) → last bucket 2; T2 (10.1.) → 1 two buckets earlier.
    expect(w.at(-1)).toBe(2);
    expect(w.reduce((a: number, b: number) => a + b, 0)).toBe(5);
  });

  it('refuses an empty period and guests', async () => {
    expect(
      errorCode(
        await t.gql(
          QUERY,
          { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
          { token: viewer.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(QUERY))).toBe('UNAUTHENTICATED');
  });

  it('breaks the questions down by tag across services', async () => {
    const r = ok(
      await t.gql(
        `query($from: DateTime, $to: DateTime) { kommunalpaktReport(from: $from, to: $to) {
          tags { tag { slug name } questions answered answeredShare services } } }`,
        { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
        { token: viewer.token },
      ),
    ).kommunalpaktReport;
    expect(r.tags).toEqual([
      {
        tag: { slug: 'fit-connect', name: 'FIT-Connect' },
        questions: 3,
        answered: 2,
        answeredShare: 2 / 3,
        services: 2,
      },
      {
        tag: { slug: 'datenschutz-dsfa', name: 'Datenschutz; DSFA' },
        questions: 0,
        answered: 0,
        answeredShare: null,
        services: 0,
      },
    ]);
  });

  it('serves the same as CSV: UTF-8 with BOM, ";" separated, quoted where needed, decimal comma', async () => {
    const res = await fetch(`${t.url}/report.csv?from=2026-01-01&to=2026-02-01`, {
      headers: { authorization: `Bearer ${viewer.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="kommunalpakt-umsetzungsstand-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8').decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      'Ebene;Name;Federführendes Land;Fragen;Beantwortet;Anteil beantwortet (%);Median Stunden bis zur ersten Antwort eines Landes;Teilnehmende Kommunen;Federführend für Leistungen;Antworten des Landes;Letzte Aktivität (UTC);Kommunen: nutzt;Kommunen: in Umsetzung;Kommunen: geplant;Kommunen neu im Zeitraum: nutzt;Kommunen neu im Zeitraum: in Umsetzung;Kommunen neu im Zeitraum: geplant;EfA-Dienste mit Fragen zum Schlagwort',
    );
    expect(lines).toContain(
      'Leistung;"Führerschein; Umtausch „alt“";Land A;4;3;75;10;2;;;2026-01-21T10:00:00.000Z;2;0;0;1;0;0;',
    );
    expect(lines).toContain('Land;Land A;;6;5;83,3;5;;2;4;;2;0;1;1;0;1;');
    // The tag breakdown: T1, T3, T6 in the period (T5 is before it), two answered, from two services;
    // every tag is listed, also one without questions.
    expect(lines).toContain('Schlagwort;FIT-Connect;;3;2;66,7;;;;;;;;;;;;2');
    expect(lines).toContain('Schlagwort;"Datenschutz; DSFA";;0;0;;;;;;;;;;;;;0');
    expect(lines.at(-1)).toBe('');
    expect((await fetch(`${t.url}/report.csv`)).status).toBe(401);
    expect(
      (
        await fetch(`${t.url}/report.csv?from=kaputt`, {
          headers: { authorization: `Bearer ${viewer.token}` },
        })
      ).status,
    ).toBe(400);
  });

  it('quotes fields safely', () => {
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('Zeile\nzwei')).toBe('"Zeile\nzwei"');
    expect(csvField('=SUMME(A1)')).toBe("'=SUMME(A1)");
    expect(csvField(12.5)).toBe('12,5');
    expect(csvField(null)).toBe('');
  });
});
