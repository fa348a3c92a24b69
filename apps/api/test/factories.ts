import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { OrganisationKind, Role, UserStatus } from '@forum/shared';
import { hashPassword } from '../src/auth/password-hasher';
import { hashSessionToken, newSessionToken } from '../src/auth/session-token';

export const TEST_PASSWORD = 'Test-Passwort-2026!';
let passwordHash: Promise<string> | undefined;

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

async function insert(ds: DataSource, sql: string, params: unknown[]): Promise<string> {
  const rows: { id: string }[] = await ds.query(`${sql} RETURNING id`, params);
  return rows[0].id;
}

export function createOrganisation(
  ds: DataSource,
  kind: OrganisationKind,
  over: { name?: string; code?: string | null; landId?: string } = {},
) {
  const code = over.code === undefined ? (kind === OrganisationKind.LAND ? `L${next()}` : null) : over.code;
  return insert(ds, 'INSERT INTO organisations (kind, name, code, land_id) VALUES ($1, $2, $3, $4)', [
    kind,
    over.name ?? `${kind} ${next()}`,
    code,
    over.landId ?? null,
  ]);
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
  organisationId: string;
}

/** A user with a session token (inserted directly: logging in through the API is tested in auth specs). */
export async function createUser(
  ds: DataSource,
  over: {
    organisationId?: string;
    kind?: OrganisationKind;
    role?: Role;
    status?: UserStatus;
    displayName?: string;
    email?: string;
  } = {},
): Promise<TestUser> {
  const organisationId =
    over.organisationId ?? (await createOrganisation(ds, over.kind ?? OrganisationKind.KOMMUNE));
  const email = over.email ?? `user-${next()}@test.example`;
  const id = await insert(
    ds,
    'INSERT INTO users (email, display_name, password_hash, organisation_id, role, status, email_verified_at) VALUES ($1, $2, $3, $4, $5, $6, now())',
    [
      email,
      over.displayName ?? `Person ${next()}`,
      await (passwordHash ??= hashPassword(TEST_PASSWORD)),
      organisationId,
      over.role ?? Role.USER,
      over.status ?? UserStatus.ACTIVE,
    ],
  );
  const token = newSessionToken();
  await ds.query(
    "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')",
    [hashSessionToken(token), id],
  );
  return { id, email, token, organisationId };
}

export function createBoard(
  ds: DataSource,
  over: { slug?: string; title?: string; archived?: boolean } = {},
) {
  const slug = over.slug ?? `board-${next()}`;
  return insert(ds, 'INSERT INTO boards (slug, title, archived) VALUES ($1, $2, $3)', [
    slug,
    over.title ?? `Bereich ${slug}`,
    over.archived ?? false,
  ]);
}

export function createTopic(
  ds: DataSource,
  boardId: string,
  over: { title?: string; leadLandId?: string | null; archived?: boolean } = {},
) {
  return insert(ds, 'INSERT INTO topics (board_id, title, lead_land_id, archived) VALUES ($1, $2, $3, $4)', [
    boardId,
    over.title ?? `Thema ${next()}`,
    over.leadLandId ?? null,
    over.archived ?? false,
  ]);
}

export async function addBoardModerator(ds: DataSource, boardId: string, userId: string) {
  await ds.query('INSERT INTO board_moderators (board_id, user_id) VALUES ($1, $2)', [boardId, userId]);
}

export const uuid = () => randomUUID();
