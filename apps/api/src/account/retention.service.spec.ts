import type { DataSource } from 'typeorm';
import type { AttachmentsService } from '../attachments/attachments.service';
import type { AuthService } from '../auth/auth.service';
import type { AppConfig } from '../config/app-config';
import { RetentionService } from './retention.service';

describe('RetentionService timer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const make = (hours: number) => {
    const service = new RetentionService(
      {} as DataSource,
      {} as AuthService,
      {} as AttachmentsService,
      { retentionIntervalHours: hours } as AppConfig,
    );
    const run = jest.spyOn(service, 'run').mockResolvedValue({
      readNotifications: 0,
      oldNotifications: 0,
      expiredSessions: 0,
      expiredAccountLinks: 0,
      removedFiles: 0,
    });
    return { service, run };
  };

  it('runs a minute after start, then every interval, until shutdown', () => {
    const { service, run } = make(24);
    service.onApplicationBootstrap();
    jest.advanceTimersByTime(60_000);
    expect(run).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(24 * 3_600_000);
    expect(run).toHaveBeenCalledTimes(2);
    service.onModuleDestroy();
    jest.advanceTimersByTime(48 * 3_600_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('does not schedule anything with an interval of 0', () => {
    const { service, run } = make(0);
    service.onApplicationBootstrap();
    jest.advanceTimersByTime(72 * 3_600_000);
    expect(run).not.toHaveBeenCalled();
  });
});
