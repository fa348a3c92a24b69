import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FlagState } from '@forum/shared';
import { ConnectionType } from '../../common/pagination/connection.model';
import { FlagReason } from '../flag-reason';
import type { FlagEntity } from '../flag.entity';

registerEnumType(FlagState, { name: 'FlagState', description: 'Review state of a flag' });
registerEnumType(FlagReason, { name: 'FlagReason', description: 'Why a post was reported' });

@ObjectType('Flag', { description: 'A report ("Meldung") of a post, reviewed by the moderation' })
export class FlagModel {
  @Field(() => ID)
  id!: string;

  @Field(() => FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true, description: "The reporter's own words" })
  comment!: string | null;

  @Field(() => FlagState)
  state!: FlagState;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Note of the moderator who resolved the flag' })
  resolutionNote!: string | null;

  postId!: string;
  reporterId!: string;
  resolvedById!: string | null;
}

export function toFlagModel(e: FlagEntity): FlagModel {
  return Object.assign(new FlagModel(), {
    id: e.id,
    reason: e.reason,
    comment: e.comment,
    state: e.state,
    createdAt: e.createdAt,
    resolvedAt: e.resolvedAt,
    resolutionNote: e.resolutionNote,
    postId: e.postId,
    reporterId: e.reporterId,
    resolvedById: e.resolvedById,
  });
}

export const FlagConnection = ConnectionType(FlagModel, 'Flag');
