import { Module } from '@nestjs/common';
import { ActivityStream } from '../activity/activity-stream';
import { ActivityTodayService } from '../activity/activity-today.service';
import { RealtimeGateway } from './realtime.gateway';
import { RecentActivityResolver } from '../activity/activity.resolver';
import { RecentActivityService } from '../activity/activity.service';

@Module({
  providers: [
    RealtimeGateway,
    ActivityStream,
    RecentActivityService,
    ActivityTodayService,
    RecentActivityResolver,
  ],
  exports: [RealtimeGateway],
})
export class RealtimeModule {}
