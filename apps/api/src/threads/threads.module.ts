import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

@Module({ imports: [PostsModule], providers: [ThreadsService, ThreadsResolver], exports: [ThreadsService] })
export class ThreadsModule {}
