import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DgsVideoModel } from './dgs-video.model';
import { listDgsVideos } from './dgs-videos';

@Resolver()
export class AccessibilityResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => [DgsVideoModel], {
    description:
      'The videos of the page "Gebärdensprache" (also for guests, BITV 2.0 § 4); empty while none is configured',
  })
  dgsVideos(): DgsVideoModel[] {
    return listDgsVideos(this.config).map((v) => Object.assign(new DgsVideoModel(), v));
  }
}
