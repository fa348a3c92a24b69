import { Module } from '@nestjs/common';
import { TagsResolver } from './tags.resolver';
import { TagsService } from './tags.service';

@Module({ providers: [TagsService, TagsResolver], exports: [TagsService] })
export class TagsModule {}
