import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput } from '../common/errors/domain-error';
import { isUuid } from '../common/validation/is-uuid';
import { PostEntity } from './post.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { IS_REPLY_SQL, USER_ACTIVITY_SQL } from './posts.sql';

export interface UserActivityStats {
  threadCount: number;
  postCount: number;
  acceptedAnswerCount: number;
}

export const ACTIVITY_LIST_MAX = 50;

export function activityListSize(first: number | null | undefined): number {
  const size = first ?? 10;
  if (!Number.isInteger(size) || size < 1 || size > ACTIVITY_LIST_MAX)
    throw badInput(`"first" muss zwischen 1 und ${ACTIVITY_LIST_MAX} liegen.`, {
      first: `1 bis ${ACTIVITY_LIST_MAX}`,
    });
  return size;
}

/** What a profile page shows about a person's activity (User.threadCount … recentPosts): visible content only. */
@Injectable()
export class UserActivityService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** DataLoader batch function. */
  async stats(userIds: readonly string[]): Promise<UserActivityStats[]> {
    const rows: (UserActivityStats & { id: string })[] = await this.ds.query(USER_ACTIVITY_SQL, [
      userIds.filter(isUuid),
    ]);
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
      qb.andWhere(IS_REPLY_SQL);
    }
    return qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC').limit(limit).getMany();
  }
}
