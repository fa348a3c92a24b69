import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../common/validation/trim';
import { ReuseModel } from '../service-profile.model';

const HTTPS_ONLY = { protocols: ['https'], require_protocol: true, require_valid_protocol: true };

@InputType()
export class ReuseLinkInput {
  @Field(() => ReuseModel)
  @IsEnum(ReuseModel, { message: 'Unbekanntes Nachnutzungsmodell.' })
  model!: ReuseModel;

  @Field()
  @Trim()
  @IsString()
  @MinLength(2, { message: 'Die Bezeichnung muss mindestens 2 Zeichen lang sein.' })
  @MaxLength(100, { message: 'Die Bezeichnung darf höchstens 100 Zeichen lang sein.' })
  label!: string;

  @Field()
  @Trim()
  @MaxLength(500, { message: 'Der Link ist zu lang.' })
  @IsUrl(HTTPS_ONLY, { message: 'Bitte geben Sie einen Link mit https:// an.' })
  url!: string;
}

/**
 * A Steckbrief change; omitted fields stay, null clears. The lead Land's representatives and the
 * moderators change the description, status, contact role, links and standards; the lead Land, the OZG-ID
 * and the LeiKa key only administrators.
 */
@InputType()
export class UpdateServiceProfileInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiges Thema.' })
  topicId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000, { message: 'Die Beschreibung darf höchstens 2.000 Zeichen lang sein.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "live", "in Pilotierung"' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100, { message: 'Der Status darf höchstens 100 Zeichen lang sein.' })
  serviceStatus?: string | null;

  @Field(() => String, { nullable: true, description: 'Role to contact at the lead Land (no name)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200, { message: 'Die Ansprechrolle darf höchstens 200 Zeichen lang sein.' })
  contactRole?: string | null;

  @Field(() => [ReuseLinkInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'Höchstens 10 Links.' })
  @ValidateNested({ each: true })
  @Type(() => ReuseLinkInput)
  reuseLinks?: ReuseLinkInput[] | null;

  @Field(() => [String], { nullable: true, description: 'e.g. "XMeld", "FIT-Connect"' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'Höchstens 20 Standards.' })
  @IsString({ each: true })
  @MinLength(2, { each: true, message: 'Ein Standard braucht mindestens 2 Zeichen.' })
  @MaxLength(60, { each: true, message: 'Ein Standard darf höchstens 60 Zeichen lang sein.' })
  standards?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Administrators only' })
  @IsOptional()
  @IsUUID('all', { message: 'Bitte wählen Sie ein Land aus.' })
  leadLandId?: string | null;

  @Field(() => String, { nullable: true, description: 'Administrators only' })
  @IsOptional()
  @Trim()
  @Matches(/^\d{1,6}$/, { message: 'Die OZG-ID ist eine Zahl mit höchstens 6 Ziffern.' })
  ozgId?: string | null;

  @Field(() => String, { nullable: true, description: 'Administrators only' })
  @IsOptional()
  @Trim()
  @Matches(/^\d{14}$/, { message: 'Der LeiKa-Schlüssel hat genau 14 Ziffern.' })
  leikaKey?: string | null;
}
