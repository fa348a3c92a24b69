import { Module } from '@nestjs/common';
import { PostRevisionsResolver, PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';

@Module({ providers: [PostsService, PostsResolver, PostRevisionsResolver], exports: [PostsService] })
export class PostsModule {}
