import { QuestionProgress, ThreadState } from '@forum/shared';

/**
 * The one definition of a question's status (issue: "Beantwortet" must mean the same everywhere):
 * CLOSED while closed (merged away or closed by the moderation), SOLVED once an answer is accepted,
 * LAND_ANSWERED once a Land has answered officially (the first visible official answer), else OPEN.
 * A lock does not change it.
 */
export function progressOf(thread: {
  state: ThreadState;
  firstLandAnswerAt?: Date | null;
}): QuestionProgress {
  switch (thread.state) {
    case ThreadState.CLOSED:
      return QuestionProgress.CLOSED;
    case ThreadState.ANSWERED:
      return QuestionProgress.SOLVED;
    case ThreadState.OPEN:
      return thread.firstLandAnswerAt ? QuestionProgress.LAND_ANSWERED : QuestionProgress.OPEN;
  }
}

/** The same rule as SQL over a threads row under `alias`; no parameters, safe to inline. */
export function progressSql(alias: string, progress: QuestionProgress): string {
  switch (progress) {
    case QuestionProgress.CLOSED:
      return `${alias}.state = 'CLOSED'`;
    case QuestionProgress.SOLVED:
      return `${alias}.state = 'ANSWERED'`;
    case QuestionProgress.LAND_ANSWERED:
      return `(${alias}.state = 'OPEN' AND ${alias}.first_land_answer_at IS NOT NULL)`;
    case QuestionProgress.OPEN:
      return `(${alias}.state = 'OPEN' AND ${alias}.first_land_answer_at IS NULL)`;
  }
}

/** "Beantwortet" in the report: a visible official Land answer or an accepted answer, in any state. */
export const answeredSql = (alias: string) =>
  `(${alias}.first_land_answer_at IS NOT NULL OR ${alias}.accepted_post_id IS NOT NULL)`;
