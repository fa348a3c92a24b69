import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** A row of the FAQ queries (faq.sql.ts). */
export interface FaqEntryRow {
  id: string;
  topic_id: string;
  source_post_id: string | null;
  question: string;
  answer: string;
  answer_html: string;
  position: number;
  promoted_by_id: string | null;
  created_at: Date;
  updated_at: Date;
  source_changed: boolean;
}

@ObjectType('FaqEntry', { description: 'A question and its best answer in the FAQ of an EfA service' })
export class FaqEntryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The question, shortened and edited from the thread' })
  question!: string;

  @Field({ description: 'The answer as markdown (for editing)' })
  answer!: string;

  @Field({ description: 'The answer as sanitised HTML' })
  answerHtml!: string;

  @Field(() => Int, { description: 'Place in the FAQ, from 0' })
  position!: number;

  @Field({
    description: 'The source answer was edited, deleted or hidden after it was promoted (or last saved here)',
  })
  sourceChanged!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  topicId!: string;
  sourcePostId!: string | null;
  promotedById!: string | null;
}

export function toFaqEntryModel(r: FaqEntryRow): FaqEntryModel {
  return Object.assign(new FaqEntryModel(), {
    id: r.id,
    question: r.question,
    answer: r.answer,
    answerHtml: r.answer_html,
    position: r.position,
    sourceChanged: r.source_changed,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    topicId: r.topic_id,
    sourcePostId: r.source_post_id,
    promotedById: r.promoted_by_id,
  });
}
