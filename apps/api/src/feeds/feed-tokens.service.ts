import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OrganisationKind, Role, UserStatus } from '@forum/shared';
import type { Viewer } from '../common/graphql/viewer';
import { requireActive } from '../common/permissions/permissions';
import {
  DELETE_FEED_TOKEN_SQL,
  FEED_TOKEN_OF_USER_SQL,
  UPSERT_FEED_TOKEN_SQL,
  VIEWER_BY_FEED_TOKEN_SQL,
} from './feeds.sql';

/** Feed tokens are 32 random bytes, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const hashFeedToken = (token: string) => createHash('sha256').update(`feed:${token}`).digest('hex');

/**
 * Personal feed tokens: a newsreader or a Kommune's intranet cannot sign in, so a feed URL carries this
 * token instead of the session token. Only its hash is stored; creating a new one replaces the old one,
 * revoking deletes it. It reads feeds and nothing else.
 */
@Injectable()
export class FeedTokensService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async status(viewer: Viewer | null): Promise<{ createdAt: Date; lastUsedAt: Date | null } | null> {
    const me = requireActive(viewer);
    const [row]: { created_at: Date; last_used_at: Date | null }[] = await this.ds.query(
      FEED_TOKEN_OF_USER_SQL,
      [me.id],
    );
    return row ? { createdAt: row.created_at, lastUsedAt: row.last_used_at } : null;
  }

  /** A new token for the viewer (the old one stops working); shown once. */
  async create(viewer: Viewer | null): Promise<string> {
    const me = requireActive(viewer);
    const token = randomBytes(32).toString('base64url');
    await this.ds.query(UPSERT_FEED_TOKEN_SQL, [me.id, hashFeedToken(token)]);
    return token;
  }

  async revoke(viewer: Viewer | null): Promise<boolean> {
    const me = requireActive(viewer);
    const [, affected]: [unknown, number] = await this.ds.query(DELETE_FEED_TOKEN_SQL, [me.id]);
    return affected > 0;
  }

  /** The person behind a feed token as a viewer, or null; their status is checked by the feed. */
  async viewerOf(token: unknown): Promise<Viewer | null> {
    if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return null;
    const [rows]: [
      { id: string; role: Role; status: UserStatus; organisation_id: string; kind: OrganisationKind }[],
      number,
    ] = await this.ds.query(VIEWER_BY_FEED_TOKEN_SQL, [hashFeedToken(token)]);
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      sessionId: '',
      role: row.role,
      status: row.status,
      organisationId: row.organisation_id,
      organisationKind: row.kind,
    };
  }
}
