import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { Trim } from '../../common/validation/trim';

export const SLUG_PATTERN = /^[a-z0-9-]{2,60}$/;
const SLUG_RULE = {
  message: 'Die Kurzbezeichnung besteht aus 2 bis 60 Kleinbuchstaben (a–z), Ziffern oder Bindestrichen.',
};
const TITLE_MIN = { message: 'Der Titel muss mindestens 2 Zeichen lang sein.' };
const TITLE_MAX = { message: 'Der Titel darf höchstens 120 Zeichen lang sein.' };
const DESCRIPTION_MAX = { message: 'Die Beschreibung darf höchstens 1.000 Zeichen lang sein.' };

@InputType()
export class CreateBoardInput {
  @Field({ description: 'URL key, ^[a-z0-9-]{2,60}$' })
  @Trim()
  @IsString()
  @Matches(SLUG_PATTERN, SLUG_RULE)
  slug!: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(2, TITLE_MIN)
  @MaxLength(120, TITLE_MAX)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000, DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: after the last board' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Die Position darf nicht negativ sein.' })
  position?: number | null;
}

/** Omitted fields stay as they are; a null description clears it. */
@InputType()
export class UpdateBoardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiger Bereich.' })
  boardId!: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: UpdateBoardInput) => o.slug !== undefined)
  @Trim()
  @IsString({ message: SLUG_RULE.message })
  @Matches(SLUG_PATTERN, SLUG_RULE)
  slug?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: UpdateBoardInput) => o.title !== undefined)
  @Trim()
  @IsString({ message: TITLE_MIN.message })
  @MinLength(2, TITLE_MIN)
  @MaxLength(120, TITLE_MAX)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000, DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  @ValidateIf((o: UpdateBoardInput) => o.archived !== undefined)
  @IsBoolean({ message: 'archived muss wahr oder falsch sein.' })
  archived?: boolean;
}
