import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import { badInput, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { isUuid } from '../common/validation/is-uuid';
import { PostEntity } from '../posts/post.entity';
import { UserEntity } from '../users/user.entity';
import {
  ADD_HELPFUL_SQL,
  FOUND_HELPFUL_BY_SQL,
  FOUND_HELPFUL_SQL,
  HELPFUL_COUNTS_SQL,
  REMOVE_HELPFUL_SQL,
} from './reactions.sql';

export const HELPFUL_BY_MAX = 50;

@Injectable()
export class ReactionsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** "Hilfreich": one per user and post, not on one's own posts; removing is always possible. */
  async setHelpful(viewer: Viewer | null, postId: string, helpful: boolean): Promise<PostEntity> {
    const user = requireActive(viewer);
    const post = isUuid(postId) ? await this.ds.getRepository(PostEntity).findOneBy({ id: postId }) : null;
    if (!post) throw notFound('Der Beitrag');
    if (!helpful) {
      await this.ds.query(REMOVE_HELPFUL_SQL, [post.id, user.id]);
      return post;
    }
    if (post.authorId === user.id)
      throw badInput('Eigene Beiträge können Sie nicht als hilfreich markieren.', {
        postId: 'Eigener Beitrag',
      });
    if (post.deletedAt || post.hiddenAt)
      throw badInput('Dieser Beitrag kann nicht als hilfreich markiert werden.', {
        postId: 'Gelöscht oder ausgeblendet',
      });
    await this.ds.query(ADD_HELPFUL_SQL, [post.id, user.id]);
    return post;
  }

  /** Number of "hilfreich" per post (DataLoader batch function). */
  async counts(postIds: readonly string[]): Promise<number[]> {
    const rows: { post_id: string; n: number }[] = await this.ds.query(HELPFUL_COUNTS_SQL, [
      postIds.filter(isUuid),
    ]);
    const map = new Map(rows.map((r) => [r.post_id, r.n]));
    return postIds.map((id) => map.get(id) ?? 0);
  }

  /** Whether the user found each post helpful (DataLoader batch function). */
  async viewerFound(userId: string, postIds: readonly string[]): Promise<boolean[]> {
    const rows: { post_id: string }[] = await this.ds.query(FOUND_HELPFUL_SQL, [
      userId,
      postIds.filter(isUuid),
    ]);
    const set = new Set(rows.map((r) => r.post_id));
    return postIds.map((id) => set.has(id));
  }

  /** Who found each post helpful, most recent first, `limit` per post (DataLoader batch function). */
  async helpfulBy(postIds: readonly string[], limit: number): Promise<UserEntity[][]> {
    const rows: { post_id: string; user_id: string }[] = await this.ds.query(FOUND_HELPFUL_BY_SQL, [
      postIds.filter(isUuid),
      limit,
    ]);
    const users = rows.length
      ? await this.ds.getRepository(UserEntity).findBy({ id: In(rows.map((r) => r.user_id)) })
      : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    return postIds.map((id) =>
      rows
        .filter((r) => r.post_id === id)
        .flatMap((r) => (byId.has(r.user_id) ? [byId.get(r.user_id)!] : [])),
    );
  }
}
