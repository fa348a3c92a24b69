import { Module } from '@nestjs/common';
import { LandQueueResolver } from './land-queue.resolver';
import { LandQueueService } from './land-queue.service';

/** "Fragen an mein Land" (GraphQL landQueue, landQueueCount; web feature land-queue). */
@Module({ providers: [LandQueueService, LandQueueResolver] })
export class LandQueueModule {}
