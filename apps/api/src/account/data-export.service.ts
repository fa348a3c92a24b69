import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireActive } from '../common/permissions/permissions';
import type { Viewer } from '../common/graphql/viewer';
import { USER_DATA_TABLES } from './export-registry';

export interface DataExportSection {
  key: string;
  label: string;
  data: unknown;
}

export interface DataExport {
  exportedAt: Date;
  userId: string;
  sections: DataExportSection[];
}

/** "Meine Daten herunterladen": everything the registry lists, read in one snapshot. */
@Injectable()
export class DataExportService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async export(viewer: Viewer | null): Promise<DataExport> {
    const user = requireActive(viewer);
    return this.ds.transaction('REPEATABLE READ', async (manager) => {
      const sections: DataExportSection[] = [];
      for (const entry of USER_DATA_TABLES) {
        if ('excluded' in entry.export) continue;
        sections.push({
          key: entry.export.section,
          label: entry.export.label,
          data: await entry.export.rows(manager, user.id),
        });
      }
      // Logged without content: who and when only.
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'USER_DATA_EXPORTED',
        targetType: 'USER',
        targetId: user.id,
      });
      return { exportedAt: new Date(), userId: user.id, sections };
    });
  }
}

/** The JSON document: one key per section, in registry order. */
export function exportToJson(data: DataExport): string {
  const doc: Record<string, unknown> = {
    format: 'forum-kommunalpakt-datenexport/1',
    exportedAt: data.exportedAt,
    userId: data.userId,
  };
  for (const section of data.sections) doc[section.key] = section.data;
  return JSON.stringify(doc, null, 2);
}
