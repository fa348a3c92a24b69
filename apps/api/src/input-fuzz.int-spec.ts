import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { ERROR_CODES, OrganisationKind, Role } from '@forum/shared';
import { createBoard, createOrganisation, createTopic, createUser } from '../test/factories';
import { type FuzzRequest, fuzzRequests, operationsWithoutArguments } from '../test/input-fuzz';
import { ok, startTestApp, type TestApp } from '../test/test-app';

// Walks the committed schema (apps/api/schema.gql): every query and mutation, and every field with
// arguments one level below a query, gets each bad-input class in each of its inputs (test/input-fuzz.ts),
// as a guest, a user and an administrator. No answer may be a server error (HTTP 5xx or
// INTERNAL_SERVER_ERROR, or any code outside the contract), and no table may change.
const SCHEMA_FILE = path.join(__dirname, '../schema.gql');
const CONCURRENCY = 8;
const KNOWN_CODES = new Set<string>(ERROR_CODES);

interface Finding {
  operation: string;
  role: string;
  leaf: string;
  cls: string;
  status: number;
  codes: string;
}

describe('schema-driven input fuzzing (every operation × role × bad-input class)', () => {
  let t: TestApp;
  const roles: Record<string, string | undefined> = {};
  let fixtures: { byName: Record<string, string>; byType: Record<string, string> };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '1000', REGISTER_MAX_PER_HOUR: '1000' });
    const land = await createOrganisation(t.ds, OrganisationKind.LAND, { name: 'Hessen', code: 'HE' });
    const user = await createUser(t.ds, { role: Role.USER });
    const admin = await createUser(t.ds, { role: Role.ADMIN });
    roles.guest = undefined;
    roles.user = user.token;
    roles.admin = admin.token;
    // The neutral slug of the fuzzer (fuzz-slug) is taken: a createBoard that passes validation still fails.
    const board = await createBoard(t.ds, { slug: 'fuzz-slug' });
    // Likewise the neutral name (fuzz): a createTag with a harmless bad description still conflicts.
    await t.ds.query(`INSERT INTO tags (slug, name) VALUES ('fuzz', 'fuzz')`);
    const topic = await createTopic(t.ds, board, { leadLandId: land });
    const thread = ok(
      await t.gql(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id posts(first: 1) { edges { node { id } } } } }`,
        { i: { topicId: topic, title: 'Eine Frage zum Fuzzing', body: 'Erster Beitrag' } },
        { token: user.token },
      ),
    ).createThread;
    const post: string = thread.posts.edges[0].node.id;
    const ids = { board, topic, thread: thread.id as string, post, user: user.id, organisation: land };
    fixtures = {
      byName: {
        boardId: ids.board,
        topicId: ids.topic,
        threadId: ids.thread,
        postId: ids.post,
        userId: ids.user,
        organisationId: ids.organisation,
        landId: ids.organisation,
        leadLandId: ids.organisation,
        slug: 'fuzz-slug',
      },
      byType: {
        Board: ids.board,
        Topic: ids.topic,
        Thread: ids.thread,
        Post: ids.post,
        User: ids.user,
        Organisation: ids.organisation,
      },
    };
  });
  afterAll(() => t.close());

  /** Row count and a checksum of every row, per table of the public schema, in one statement. */
  async function snapshot(): Promise<Map<string, string>> {
    const tables: { table_name: string }[] = await t.ds.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const sql = tables
      .map(
        ({ table_name: name }) =>
          `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS sum FROM "${name}" x`,
      )
      .join(' UNION ALL ');
    const rows: { name: string; sum: string }[] = await t.ds.query(sql);
    return new Map(rows.map((r) => [r.name, r.sum]));
  }

  const changed = (a: Map<string, string>, b: Map<string, string>) =>
    [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));

  async function send(req: FuzzRequest, role: string, findings: Finding[]): Promise<void> {
    const token = roles[role];
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: req.query, variables: req.variables }),
    });
    const text = await res.text();
    let codes: string[] = [];
    try {
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
    } catch {
      codes = ['NOT_JSON'];
    }
    if (res.status >= 500 || codes.some((c) => !KNOWN_CODES.has(c))) {
      findings.push({
        operation: req.operation,
        role,
        leaf: req.leaf,
        cls: req.cls,
        status: res.status,
        codes: codes.join(','),
      });
    }
  }

  async function runAll(jobs: (() => Promise<void>)[]): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < jobs.length) await jobs[next++]();
      }),
    );
  }

  it('never answers a bad input with a server error, and writes nothing', async () => {
    const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    const requests = fuzzRequests(schema, fixtures);
    const findings: Finding[] = [];
    const writes: string[] = [];
    const started = Date.now();
    const before = await snapshot();

    // Queries all at once; mutations one operation at a time, so a write is traced to its operation.
    const queries = requests.filter((r) => !r.mutation);
    await runAll(queries.flatMap((r) => Object.keys(roles).map((role) => () => send(r, role, findings))));
    const afterQueries = await snapshot();
    if (changed(before, afterQueries).length)
      writes.push(`queries: ${changed(before, afterQueries).join(', ')}`);

    const byOperation = new Map<string, FuzzRequest[]>();
    for (const r of requests.filter((x) => x.mutation)) {
      byOperation.set(r.operation, [...(byOperation.get(r.operation) ?? []), r]);
    }
    let last = afterQueries;
    for (const [operation, list] of byOperation) {
      await runAll(list.flatMap((r) => Object.keys(roles).map((role) => () => send(r, role, findings))));
      const now = await snapshot();
      const diff = changed(last, now);
      if (diff.length) writes.push(`${operation}: ${diff.join(', ')}`);
      last = now;
    }

    const { queries: plain } = operationsWithoutArguments(schema);
    // Queries without arguments have no input to fuzz; each is still called once per role.
    await runAll(
      plain.flatMap((name) =>
        Object.keys(roles).map((role) => () => {
          const field = schema.getQueryType()!.getFields()[name];
          const sel =
            /^[A-Z]/.test(String(field.type).replace(/[[\]!]/g, '')) &&
            !['String', 'Int', 'Boolean', 'Float', 'ID', 'DateTime'].includes(
              String(field.type).replace(/[[\]!]/g, ''),
            )
              ? ' { __typename }'
              : '';
          return send(
            {
              operation: name,
              leaf: '-',
              cls: 'no arguments',
              query: `{ ${name}${sel} }`,
              variables: {},
              mutation: false,
            },
            role,
            findings,
          );
        }),
      ),
    );

    const operations = new Set(requests.map((r) => r.operation));
    const count = (pick: (r: FuzzRequest) => boolean) =>
      new Set(requests.filter(pick).map((r) => r.operation)).size;
    const classes = new Set(requests.map((r) => r.cls));
    const summary =
      `input fuzz: ${count((r) => !r.mutation && !r.operation.includes('.'))} queries, ` +
      `${count((r) => r.mutation)} mutations and ${count((r) => r.operation.includes('.'))} fields below queries ` +
      `with arguments (${operations.size} in all; +${plain.length} queries without arguments, called once), ` +
      `${requests.length} requests (input × class) × ${Object.keys(roles).length} roles = ` +
      `${requests.length * Object.keys(roles).length} calls, ${classes.size} bad-input classes ` +
      `[${[...classes].join('; ')}], ${((Date.now() - started) / 1000).toFixed(1)} s`;
    process.stdout.write(`\n[test] ${summary}\n`);
    expect({ findings: findings.slice(0, 40), count: findings.length }).toEqual({ findings: [], count: 0 });
    expect(writes).toEqual([]);
  }, 300_000);
});
