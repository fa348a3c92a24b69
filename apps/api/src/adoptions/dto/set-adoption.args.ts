import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AdoptionStatus } from '@forum/shared';
import { Trim } from '../../common/validation/trim';

/** setAdoption(topicId, status, model, since): for the viewer's own Kommune. */
@ArgsType()
export class SetAdoptionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ungültiges Thema.' })
  topicId!: string;

  @Field(() => AdoptionStatus)
  @IsEnum(AdoptionStatus, { message: 'Unbekannter Stand.' })
  status!: AdoptionStatus;

  @Field(() => String, { nullable: true, description: 'Nachnutzungsmodell, e.g. "FIT-Store"' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100, { message: 'Das Nachnutzungsmodell darf höchstens 100 Zeichen lang sein.' })
  model?: string | null;

  @Field(() => Date, { nullable: true, description: 'Since when (uses), or the planned date' })
  @IsOptional()
  @IsDate({ message: 'Bitte geben Sie ein gültiges Datum an.' })
  since?: Date | null;
}
