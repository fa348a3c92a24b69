import { Module } from '@nestjs/common';
import { DraftsResolver } from './drafts.resolver';
import { DraftsService } from './drafts.service';

@Module({ providers: [DraftsService, DraftsResolver], exports: [DraftsService] })
export class DraftsModule {}
