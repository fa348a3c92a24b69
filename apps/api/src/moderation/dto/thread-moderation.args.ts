import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/validation/trim';
import { REASON_MAX, REASON_RULES } from '../../common/validation/reason-rules';

// Ids stay plain strings here: an unknown or malformed id answers NOT_FOUND from the service, as before.

@ArgsType()
class OptionalReasonArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Optional: why (kept in the audit log and told to the asker)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(REASON_MAX, REASON_RULES.max)
  reason?: string | null;
}

@ArgsType()
export class LockThreadArgs extends OptionalReasonArgs {
  @Field(() => ID)
  @IsString()
  threadId!: string;

  @Field()
  @IsBoolean()
  locked!: boolean;
}

@ArgsType()
export class CloseThreadArgs extends OptionalReasonArgs {
  @Field(() => ID)
  @IsString()
  threadId!: string;

  @Field({ description: 'false opens the question again' })
  @IsBoolean()
  closed!: boolean;
}

@ArgsType()
export class MoveThreadArgs extends OptionalReasonArgs {
  @Field(() => ID)
  @IsString()
  threadId!: string;

  @Field(() => ID)
  @IsString()
  topicId!: string;
}

@ArgsType()
export class MergeThreadsArgs extends OptionalReasonArgs {
  @Field(() => ID)
  @IsString()
  sourceThreadId!: string;

  @Field(() => ID)
  @IsString()
  targetThreadId!: string;
}
