// PostgreSQL error codes we react to (https://www.postgresql.org/docs/current/errcodes-appendix.html).
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
/**
 * Data exceptions of a value that does not fit its type: text representation, date/time format and range,
 * numeric range, a character the encoding cannot hold.
 */
const INVALID_VALUE = new Set(['22P02', '22007', '22008', '22003', '22021']);

function pgCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const direct = (err as { code?: unknown }).code;
  if (typeof direct === 'string') return direct;
  const driver = (err as { driverError?: { code?: unknown } }).driverError;
  return typeof driver?.code === 'string' ? driver.code : undefined;
}

export const isUniqueViolation = (err: unknown): boolean => pgCode(err) === UNIQUE_VIOLATION;
export const isForeignKeyViolation = (err: unknown): boolean => pgCode(err) === FOREIGN_KEY_VIOLATION;
export const isInvalidValue = (err: unknown): boolean => INVALID_VALUE.has(pgCode(err) ?? '');
