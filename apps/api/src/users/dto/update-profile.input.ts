import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { Trim } from '../../common/validation/trim';

@InputType()
export class UpdateProfileInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(LIMITS.displayNameMin, {
    message: `Der Anzeigename muss mindestens ${LIMITS.displayNameMin} Zeichen lang sein.`,
  })
  @MaxLength(LIMITS.displayNameMax, {
    message: `Der Anzeigename darf höchstens ${LIMITS.displayNameMax} Zeichen lang sein.`,
  })
  displayName!: string;
}
