import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { WatchesModule } from '../watches/watches.module';
import { NotificationFanout } from './notification-fanout';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [RealtimeModule, WatchesModule],
  providers: [NotificationsService, NotificationFanout, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
