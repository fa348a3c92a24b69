import { Module } from '@nestjs/common';
import { ActivityStream } from './activity-stream';
import { RealtimeGateway } from './realtime.gateway';

@Module({ providers: [RealtimeGateway, ActivityStream], exports: [RealtimeGateway] })
export class RealtimeModule {}
