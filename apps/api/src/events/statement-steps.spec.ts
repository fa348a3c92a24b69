import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { DomainEventsService } from './domain-events.service';

describe('write consequences as statement steps', () => {
  const events = () => new DomainEventsService({} as DataSource, {} as AuditService);
  const noop = async () => undefined;

  it('lists the steps in registration order when every consequence has one', () => {
    const bus = events();
    bus.onWrite('PostCreated', noop, 'INSERT INTO a SELECT 1 FROM p');
    bus.onWrite('PostCreated', noop, 'DELETE FROM b USING p');
    expect(bus.statementStepsOf('PostCreated')).toEqual([
      'INSERT INTO a SELECT 1 FROM p',
      'DELETE FROM b USING p',
    ]);
    expect(bus.statementStepsOf('ThreadCreated')).toEqual([]);
  });

  it('has none as soon as one consequence cannot run as a step (the writer takes a transaction)', () => {
    const bus = events();
    bus.onWrite('PostCreated', noop, 'INSERT INTO a SELECT 1 FROM p');
    bus.onWrite('PostCreated', noop);
    expect(bus.statementStepsOf('PostCreated')).toBeNull();
  });
});
