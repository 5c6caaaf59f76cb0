import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, errorBody, languageOf, validationError } from './errors.ts';

// PostgreSQL errors that mean "bad input slipped past validation", never a server fault.
const PG_CLIENT_ERRORS: Record<string, () => AppError> = {
  '23505': () => new AppError('CONFLICT'),
  '23503': () =>
    validationError([{ path: 'body', message: 'refers to a record that does not exist' }]),
  '23514': () => validationError([{ path: 'body', message: 'violates a data rule' }]),
  '22P02': () => validationError([{ path: 'body', message: 'malformed value' }]),
  '22001': () => validationError([{ path: 'body', message: 'value too long' }]),
};

function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const candidate = error as Partial<FastifyError> & { code?: string; cause?: unknown };
  const pgCode =
    typeof candidate.code === 'string'
      ? candidate.code
      : (candidate.cause as { code?: string } | undefined)?.code;
  if (pgCode && PG_CLIENT_ERRORS[pgCode]) return PG_CLIENT_ERRORS[pgCode]();
  switch (candidate.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return validationError([{ path: 'body', message: 'empty JSON body' }]);
  }
  if (error instanceof SyntaxError || candidate.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return validationError([{ path: 'body', message: 'malformed JSON' }]);
  }
  if (
    typeof candidate.statusCode === 'number' &&
    candidate.statusCode >= 400 &&
    candidate.statusCode < 500
  ) {
    return validationError([{ path: 'request', message: candidate.message ?? 'bad request' }]);
  }
  return null;
}

/** Every error leaves in one shape; a 500 only for what truly is the server's fault. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const language = languageOf(request.headers['accept-language']);
    const known = toAppError(error);
    if (known) {
      if (known.status >= 500) request.log.error({ err: error }, 'request failed');
      return reply.status(known.status).send(errorBody(known, language));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(errorBody(new AppError('INTERNAL'), language));
  });
}
