import { Module } from '@nestjs/common';
import { ActivityStream } from './activity-stream';
import { ActivityTodayService } from './activity-today.service';
import { RealtimeGateway } from './realtime.gateway';
import { RecentActivityResolver } from './recent-activity.resolver';
import { RecentActivityService } from './recent-activity.service';

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
