import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput } from '../common/errors/domain-error';
import { isUuid } from '../common/validation/is-uuid';
import { PostEntity } from './post.entity';
import { ThreadEntity } from '../threads/thread.entity';

export interface ProfileStats {
  threadCount: number;
  postCount: number;
  acceptedAnswerCount: number;
}

export const PROFILE_LIST_MAX = 50;

export function profileListSize(first: number | null | undefined): number {
  const size = first ?? 10;
  if (!Number.isInteger(size) || size < 1 || size > PROFILE_LIST_MAX)
    throw badInput(`"first" muss zwischen 1 und ${PROFILE_LIST_MAX} liegen.`, {
      first: `1 bis ${PROFILE_LIST_MAX}`,
    });
  return size;
}

/** What a profile page shows about a person's activity: visible content only. */
@Injectable()
export class ProfileService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** DataLoader batch function. */
  async stats(userIds: readonly string[]): Promise<ProfileStats[]> {
    const rows: (ProfileStats & { id: string })[] = await this.ds.query(
      `SELECT u.id,
              (SELECT count(*) FROM threads th WHERE th.author_id = u.id AND th.merged_into_id IS NULL)::int AS "threadCount",
              (SELECT count(*) FROM posts p WHERE p.author_id = u.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS "postCount",
              (SELECT count(*) FROM posts p JOIN threads th ON th.accepted_post_id = p.id
                WHERE p.author_id = u.id AND th.merged_into_id IS NULL
                  AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS "acceptedAnswerCount"
         FROM users u WHERE u.id = ANY($1)`,
      [userIds.filter(isUuid)],
    );
    const map = new Map(rows.map((r) => [r.id, r]));
    return userIds.map((id) => map.get(id) ?? { threadCount: 0, postCount: 0, acceptedAnswerCount: 0 });
  }

  recentThreads(userId: string, limit: number): Promise<ThreadEntity[]> {
    return this.ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .where('t.author_id = :userId AND t.merged_into_id IS NULL', { userId })
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Visible posts, newest first; repliesOnly leaves out the opening posts of questions. */
  recentPosts(userId: string, limit: number, repliesOnly: boolean): Promise<PostEntity[]> {
    const qb = this.ds
      .getRepository(PostEntity)
      .createQueryBuilder('p')
      .where('p.author_id = :userId AND p.deleted_at IS NULL AND p.hidden_at IS NULL', { userId });
    if (repliesOnly) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM posts q WHERE q.thread_id = p.thread_id AND (q.created_at, q.id) < (p.created_at, p.id))',
      );
    }
    return qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC').limit(limit).getMany();
  }
}
