import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/validation/trim';

@ArgsType()
export class FlagPostArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiger Beitrag.' })
  postId!: string;

  @Field({
    description:
      'A FlagReason name (BELEIDIGUNG, SPAM, DATENSCHUTZ, FALSCHE_INFORMATION, SONSTIGES; any case) or free text (stored as SONSTIGES)',
  })
  @Trim()
  @IsString()
  @MinLength(1, { message: 'Bitte geben Sie einen Grund an.' })
  @MaxLength(1000, { message: 'Der Grund darf höchstens 1.000 Zeichen lang sein.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Optional explanation for the moderation' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000, { message: 'Der Kommentar darf höchstens 2.000 Zeichen lang sein.' })
  comment?: string | null;
}
