import { Module } from '@nestjs/common';
import { ReportCsvController } from './report-csv.controller';
import {
  LandProgressResolver,
  ReportResolver,
  ServiceProgressResolver,
  TagProgressResolver,
} from './report.resolver';
import { ReportService } from './report.service';

@Module({
  controllers: [ReportCsvController],
  providers: [
    ReportService,
    ReportResolver,
    ServiceProgressResolver,
    LandProgressResolver,
    TagProgressResolver,
  ],
  exports: [ReportService],
})
export class ReportsModule {}
