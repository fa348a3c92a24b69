import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches } from 'class-validator';

const CODE = /^[A-Z][A-Z_]{1,59}$/;

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. POST_HIDDEN' })
  @IsOptional()
  @Matches(CODE, { message: 'Unbekannte Aktion.' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only actions by this user' })
  @IsOptional()
  @IsUUID('all', { message: 'Ungültiges Konto.' })
  actorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'USER, THREAD, POST, BOARD, TOPIC, FLAG, EMAIL_DOMAIN',
  })
  @IsOptional()
  @Matches(CODE, { message: 'Unbekannte Zielart.' })
  targetType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries about this object' })
  @IsOptional()
  @IsUUID('all', { message: 'Ungültige Kennung.' })
  targetId?: string | null;
}
