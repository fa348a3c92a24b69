import { Module } from '@nestjs/common';
import { LedTopicsResolver } from './led-topics.resolver';
import { TopicAdminResolver } from './topic-admin.resolver';
import { TopicAdminService } from './topic-admin.service';
import { ServiceProfileResolver, ServiceProfileRevisionResolver } from './service-profile.resolver';
import { ServiceProfileService } from './service-profile.service';
import { TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';
// Board.topics and the board's counters: methods of BoardModel declared by this feature.
import './board-topics.fields';

@Module({
  providers: [
    TopicsService,
    TopicsResolver,
    LedTopicsResolver,
    TopicAdminService,
    TopicAdminResolver,
    ServiceProfileService,
    ServiceProfileResolver,
    ServiceProfileRevisionResolver,
  ],
  exports: [TopicsService],
})
export class TopicsModule {}
