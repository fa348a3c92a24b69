import { COMMON_ROWS, COMMON_ROWS_NARROW, isNarrowFilter, planFromEstimates } from './search.sql';

describe('planFromEstimates', () => {
  const estimates = (posts: number) => [
    { table: 'posts', rows: posts },
    { table: 'threads', rows: posts / 10 },
  ];

  it('walks the recency index for a common word, reads the GIN index for a rare one', () => {
    expect(planFromEstimates(estimates(COMMON_ROWS + 1)).posts).toBe('common');
    expect(planFromEstimates(estimates(COMMON_ROWS - 1)).posts).toBe('rare');
  });

  it('reads the GIN matches for a fairly common word when a topic, board or Land filter keeps few of them', () => {
    expect(planFromEstimates(estimates(20_000), true).posts).toBe('rare');
    expect(planFromEstimates(estimates(COMMON_ROWS_NARROW + 1), true).posts).toBe('common');
  });

  it('counts topic, board and lead Land as narrow filters, state, period and author kind not', () => {
    expect(isNarrowFilter({ topicId: 'x' })).toBe(true);
    expect(isNarrowFilter({ boardId: 'x' })).toBe(true);
    expect(isNarrowFilter({ leadLandId: 'x' })).toBe(true);
    expect(isNarrowFilter({ from: new Date() })).toBe(false);
    expect(isNarrowFilter(undefined)).toBe(false);
  });
});
