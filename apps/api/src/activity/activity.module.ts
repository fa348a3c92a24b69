import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { ActivityStream } from './activity-stream';
import { ActivityTodayService } from './activity-today.service';
import { ActivityResolver } from './activity.resolver';
import { ActivityService } from './activity.service';

/**
 * The activity stream of the presenter view (web: /praesentation): recent public activity, today's counts,
 * and the live `activity` events on the Socket.IO room of the stream.
 */
@Module({
  imports: [RealtimeModule],
  providers: [ActivityStream, ActivityService, ActivityTodayService, ActivityResolver],
})
export class ActivityModule {}
