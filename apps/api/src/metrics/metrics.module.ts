import { Module, type OnModuleInit } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { MetricsController } from './metrics.controller';

@Module({ controllers: [MetricsController] })
export class MetricsModule implements OnModuleInit {
  onModuleInit() {
    // Several test apps in one process share the global registry: collect default metrics once.
    if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics({ prefix: '' });
  }
}
