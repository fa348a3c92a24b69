import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuestionProgress, ThreadState } from '../common/graphql/enums';
import { progressOf } from './thread-progress';
import type { ThreadEntity } from './thread.entity';

@ObjectType('Thread', { description: 'A question (Frage) with its answers' })
export class ThreadModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => ThreadState, {
    description: 'OPEN, ANSWERED (an answer is accepted) or CLOSED; what people see is `progress`',
  })
  state!: ThreadState;

  @Field(() => QuestionProgress, {
    description: 'Offen → Landesantwort liegt vor → Gelöst, or Geschlossen (the same label everywhere)',
  })
  progress!: QuestionProgress;

  @Field(() => Date, {
    nullable: true,
    description:
      'When a Land first answered: the first visible official answer (hidden or deleted ones do not count)',
  })
  firstLandAnswerAt!: Date | null;

  @Field({ description: 'Whether a Land has answered officially (firstLandAnswerAt is set)' })
  hasLandAnswer!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the accepted answer was marked as the solution' })
  acceptedAt!: Date | null;

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
    progress: progressOf(e),
    firstLandAnswerAt: e.firstLandAnswerAt ?? null,
    hasLandAnswer: Boolean(e.firstLandAnswerAt),
    acceptedAt: e.acceptedAt ?? null,
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
