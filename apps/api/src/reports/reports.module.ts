import { Module } from '@nestjs/common';
import { ReportCsvController } from './report-csv.controller';
import { LandProgressResolver, ReportResolver, ServiceProgressResolver } from './report.resolver';
import { ReportService } from './report.service';

@Module({
  controllers: [ReportCsvController],
  providers: [ReportService, ReportResolver, ServiceProgressResolver, LandProgressResolver],
  exports: [ReportService],
})
export class ReportsModule {}
