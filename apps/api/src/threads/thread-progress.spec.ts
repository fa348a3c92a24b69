import { QuestionProgress, ThreadState } from '@forum/shared';
import { progressOf, progressSql } from './thread-progress';

describe('progressOf', () => {
  const answered = new Date('2026-11-20T10:00:00Z');
  it.each([
    [ThreadState.OPEN, null, QuestionProgress.OPEN],
    [ThreadState.OPEN, answered, QuestionProgress.LAND_ANSWERED],
    [ThreadState.ANSWERED, null, QuestionProgress.SOLVED],
    [ThreadState.ANSWERED, answered, QuestionProgress.SOLVED],
    [ThreadState.CLOSED, answered, QuestionProgress.CLOSED],
    [ThreadState.CLOSED, null, QuestionProgress.CLOSED],
  ])('%s with first Land answer %s is %s', (state, firstLandAnswerAt, progress) => {
    expect(progressOf({ state, firstLandAnswerAt })).toBe(progress);
  });

  it('has one SQL rule per status, on the same columns', () => {
    expect(Object.values(QuestionProgress).map((p) => progressSql('t', p))).toEqual([
      "(t.state = 'OPEN' AND t.first_land_answer_at IS NULL)",
      "(t.state = 'OPEN' AND t.first_land_answer_at IS NOT NULL)",
      "t.state = 'ANSWERED'",
      "t.state = 'CLOSED'",
    ]);
  });
});
