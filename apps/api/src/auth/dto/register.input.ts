import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@forum/shared';
import { Trim } from '../../common/validation/trim';

@InputType()
export class RegisterInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' })
  @MaxLength(LIMITS.emailMax, { message: 'Die E-Mail-Adresse ist zu lang.' })
  email!: string;

  @Field()
  @IsString()
  @MinLength(LIMITS.passwordMin, {
    message: `Das Passwort muss mindestens ${LIMITS.passwordMin} Zeichen lang sein.`,
  })
  @MaxLength(LIMITS.passwordMax, {
    message: `Das Passwort darf höchstens ${LIMITS.passwordMax} Zeichen lang sein.`,
  })
  password!: string;

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

  @Field(() => ID)
  @IsUUID('all', { message: 'Bitte wählen Sie Ihre Organisation aus.' })
  organisationId!: string;
}
