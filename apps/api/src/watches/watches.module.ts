import { Module } from '@nestjs/common';
import {
  BoardWatchResolver,
  ThreadWatchResolver,
  TopicWatchResolver,
  WatchesResolver,
} from './watches.resolver';
import { WatchesService } from './watches.service';

@Module({
  providers: [WatchesService, WatchesResolver, BoardWatchResolver, TopicWatchResolver, ThreadWatchResolver],
  exports: [WatchesService],
})
export class WatchesModule {}
