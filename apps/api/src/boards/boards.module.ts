import { Module } from '@nestjs/common';
import { BoardAdminResolver, ModeratedBoardsResolver } from './board-admin.resolver';
import { BoardAdminService } from './board-admin.service';
import { BoardsResolver } from './boards.resolver';
import { BoardsService } from './boards.service';

@Module({
  providers: [BoardsService, BoardsResolver, BoardAdminService, BoardAdminResolver, ModeratedBoardsResolver],
  exports: [BoardsService],
})
export class BoardsModule {}
