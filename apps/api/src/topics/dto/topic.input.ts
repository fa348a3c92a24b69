import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { Trim } from '../../common/validation/trim';

const TITLE_MIN = { message: 'Der Titel muss mindestens 2 Zeichen lang sein.' };
const TITLE_MAX = { message: 'Der Titel darf höchstens 200 Zeichen lang sein.' };
const DESCRIPTION_MAX = { message: 'Die Beschreibung darf höchstens 2.000 Zeichen lang sein.' };
const OZG_ID = { message: 'Die OZG-ID ist eine Zahl mit höchstens 6 Ziffern.' };
const LEIKA = { message: 'Der LeiKa-Schlüssel hat genau 14 Ziffern.' };
const STATUS_MAX = { message: 'Der Status darf höchstens 100 Zeichen lang sein.' };
const LINK = { message: 'Bitte geben Sie einen Link mit https:// an.' };
const HTTPS_ONLY = { protocols: ['https'], require_protocol: true, require_valid_protocol: true };

/** Fields shared by create and update; null clears an optional field on update. */
@InputType({ isAbstract: true })
abstract class TopicFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000, DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Federführendes Land: an organisation of kind LAND' })
  @IsOptional()
  @IsUUID('all', { message: 'Bitte wählen Sie ein Land aus.' })
  leadLandId?: string | null;

  @Field(() => String, { nullable: true, description: 'OZG-ID (a short number)' })
  @IsOptional()
  @Trim()
  @Matches(/^\d{1,6}$/, OZG_ID)
  ozgId?: string | null;

  @Field(() => String, { nullable: true, description: 'LeiKa key: 14 digits' })
  @IsOptional()
  @Trim()
  @Matches(/^\d{14}$/, LEIKA)
  leikaKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text status, e.g. "live" or "in Pilotierung"' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100, STATUS_MAX)
  serviceStatus?: string | null;

  @Field(() => String, { nullable: true, description: 'https URL of the service' })
  @IsOptional()
  @Trim()
  @MaxLength(500, { message: 'Der Link ist zu lang.' })
  @IsUrl(HTTPS_ONLY, LINK)
  link?: string | null;
}

@InputType()
export class CreateTopicInput extends TopicFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Bitte wählen Sie einen Bereich aus.' })
  boardId!: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(2, TITLE_MIN)
  @MaxLength(200, TITLE_MAX)
  title!: string;
}

/** Omitted fields stay as they are. */
@InputType()
export class UpdateTopicInput extends TopicFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiges Thema.' })
  topicId!: string;

  @Field(() => ID, { nullable: true, description: 'Moves the topic to another board' })
  @ValidateIf((o: UpdateTopicInput) => o.boardId !== undefined)
  @IsUUID('all', { message: 'Bitte wählen Sie einen Bereich aus.' })
  boardId?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: UpdateTopicInput) => o.title !== undefined)
  @Trim()
  @IsString({ message: TITLE_MIN.message })
  @MinLength(2, TITLE_MIN)
  @MaxLength(200, TITLE_MAX)
  title?: string;

  @Field(() => Boolean, { nullable: true })
  @ValidateIf((o: UpdateTopicInput) => o.archived !== undefined)
  @IsBoolean({ message: 'archived muss wahr oder falsch sein.' })
  archived?: boolean;
}
