import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `adoptions.status_since`: when a Kommune's record took its current status. Only the current state of an
 * adoption is stored; the report dates each record by it (or by the Kommune's own "seit" date) to count
 * the records as they stood at the end of its period and those new within it. Unlike `updated_at` it does
 * not move when only the Nachnutzungsmodell or the date is corrected. Existing records start from their
 * last change, the best date known.
 */
export class AdoptionStatusSince1763900000017 implements MigrationInterface {
  name = 'AdoptionStatusSince1763900000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE adoptions ADD COLUMN status_since timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())`,
    );
    await q.query(`UPDATE adoptions SET status_since = updated_at`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE adoptions DROP COLUMN status_since`);
  }
}
