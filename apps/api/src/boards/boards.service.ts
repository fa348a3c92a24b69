import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import type { Viewer } from '../common/graphql/viewer';
import { BoardEntity } from './board.entity';

@Injectable()
export class BoardsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(viewer: Viewer | null): Promise<BoardEntity[]> {
    requireActive(viewer);
    return this.ds
      .getRepository(BoardEntity)
      .find({ order: { archived: 'ASC', position: 'ASC', title: 'ASC' } });
  }

  bySlug(viewer: Viewer | null, slug: string): Promise<BoardEntity | null> {
    requireActive(viewer);
    if (slug.length > 200) return Promise.resolve(null);
    return this.ds.getRepository(BoardEntity).findOneBy({ slug });
  }
}
