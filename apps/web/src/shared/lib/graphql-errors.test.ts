import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { parseApiError } from './graphql-errors';

describe('parseApiError', () => {
  it('reads extensions.code and the per-field messages', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Validation failed',
          extensions: { code: 'BAD_USER_INPUT', fields: { email: 'Ungültig' } },
        },
      ],
    });
    expect(parseApiError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Validation failed',
      fields: { email: 'Ungültig' },
    });
  });

  it('maps unknown codes to UNKNOWN and fetch failures to NETWORK', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(parseApiError(error)?.code).toBe('UNKNOWN');
    expect(parseApiError(new TypeError('Failed to fetch'))?.code).toBe('NETWORK');
    expect(parseApiError(undefined)).toBeNull();
  });

  it('treats an id the API refused as malformed as not found (a hand-edited address)', () => {
    const malformed = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Ungültige ID.',
          extensions: { code: 'BAD_USER_INPUT', fields: { threadId: 'Ungültige ID.' } },
        },
      ],
    });
    expect(parseApiError(malformed)?.code).toBe('NOT_FOUND');
    const form = new CombinedGraphQLErrors({
      errors: [
        { message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: { title: 'Zu kurz', topicId: 'x' } } },
      ],
    });
    expect(parseApiError(form)?.code).toBe('BAD_USER_INPUT');
  });
});
