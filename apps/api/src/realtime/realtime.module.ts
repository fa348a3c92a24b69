import { Module } from '@nestjs/common';
import { ActivityStream } from './activity-stream';
import { RealtimeGateway } from './realtime.gateway';
import { RecentActivityResolver } from './recent-activity.resolver';
import { RecentActivityService } from './recent-activity.service';

@Module({
  providers: [RealtimeGateway, ActivityStream, RecentActivityService, RecentActivityResolver],
  exports: [RealtimeGateway],
})
export class RealtimeModule {}
