import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  targetType: 'USER' | 'THREAD' | 'POST' | 'BOARD' | 'TOPIC' | 'FLAG' | 'EMAIL_DOMAIN' | 'TAG';
  targetId: string;
  reason?: string | null;
}

@Injectable()
export class AuditService {
  /** Written inside the caller's transaction: the action and its audit entry land together or not at all. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.getRepository(AuditEntryEntity).insert({ ...entry, reason: entry.reason ?? null });
  }
}
