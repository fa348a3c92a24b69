import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import type { Viewer } from '../common/graphql/viewer';
import { isUuid } from '../common/validation/is-uuid';
import { TopicEntity } from './topic.entity';

@Injectable()
export class TopicsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async byId(viewer: Viewer | null, id: string): Promise<TopicEntity | null> {
    requireActive(viewer);
    if (!isUuid(id)) return null;
    return this.ds.getRepository(TopicEntity).findOneBy({ id });
  }
}
