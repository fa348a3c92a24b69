import { Module } from '@nestjs/common';

/** Moderation and administration (issue 4): filled in by the moderation work. */
@Module({})
export class ModerationModule {}
