import { AttachmentsModule } from '../attachments/attachments.module';
import { Module } from '@nestjs/common';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { DataExportController } from './data-export.controller';
import { DataExportService } from './data-export.service';
import { RetentionService } from './retention.service';

@Module({
  imports: [AttachmentsModule],
  controllers: [DataExportController],
  providers: [AccountService, AccountResolver, DataExportService, RetentionService],
  exports: [RetentionService, DataExportService],
})
export class AccountModule {}
