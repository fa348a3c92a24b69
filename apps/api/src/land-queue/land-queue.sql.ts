import { QuestionProgress } from '@forum/shared';
import { progressSql } from '../threads/thread-progress';

// Hand-written SQL of the Land queue; the service holds the decisions.

/** Open questions (status Offen) in the services Land $1 leads. */
export const OPEN_QUESTIONS_FOR_LAND_SQL = `SELECT count(*)::int AS n FROM threads t JOIN topics tp ON tp.id = t.topic_id
        WHERE tp.lead_land_id = $1 AND ${progressSql('t', QuestionProgress.OPEN)} AND t.merged_into_id IS NULL`;
