import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ThreadState } from '../common/graphql/enums';
import type { ThreadEntity } from './thread.entity';

@ObjectType('Thread', { description: 'A question (Frage) with its answers' })
export class ThreadModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => ThreadState)
  state!: ThreadState;

  @Field()
  locked!: boolean;

  @Field()
  pinned!: boolean;

  @Field(() => Int, { description: 'Visible answers after the question' })
  replyCount!: number;

  @Field()
  createdAt!: Date;

  @Field()
  lastActivityAt!: Date;

  topicId!: string;
  authorId!: string;
  acceptedPostId!: string | null;
  /** All posts of the thread, when loaded with it (spares the posts connection its count). */
  postCount?: number;
}

export function toThreadModel(e: ThreadEntity): ThreadModel {
  return Object.assign(new ThreadModel(), {
    id: e.id,
    title: e.title,
    state: e.state,
    locked: e.locked,
    pinned: e.pinned,
    replyCount: e.replyCount,
    createdAt: e.createdAt,
    lastActivityAt: e.lastActivityAt,
    topicId: e.topicId,
    authorId: e.authorId,
    acceptedPostId: e.acceptedPostId,
    postCount: e.postCount,
  });
}
