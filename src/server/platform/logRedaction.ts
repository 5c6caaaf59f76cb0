// What the server log may hold (issue 16, finding 3): no full ID number or mobile number, whether it
// came in a search's query string or inside a failed statement's parameters. Numbers are cut to
// their first and last digits as the API masks them; search terms are left out whole.
import type { FastifyRequest } from 'fastify';

const ID_NUMBER = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/g;
/** Query parameters whose value is never logged (a search may be a name, an ID or a phone). */
const SECRET_PARAMS = new Set(['q', 'query', 'idNumber', 'phone', 'password', 'token', 'key']);

/** Masks every full ID and mobile number in a text. */
export function redactText(text: string): string {
  return text
    .replace(ID_NUMBER, (id) => `${id.slice(0, 3)}***********${id.slice(-4)}`)
    .replace(MOBILE, (phone) => `${phone.slice(0, -8)}****${phone.slice(-4)}`);
}

/** A request path with the values of search-like parameters left out and numbers masked. */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return redactText(url);
  const params = new URLSearchParams(url.slice(at + 1));
  for (const name of [...params.keys()])
    if (SECRET_PARAMS.has(name)) params.set(name, '[redacted]');
  return redactText(`${url.slice(0, at)}?${params.toString()}`);
}

interface LoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
  code?: unknown;
  cause?: LoggedError;
}

function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: redactText(String(error)), stack: '' };
  const logged: LoggedError = {
    type: error.name,
    message: redactText(error.message),
    stack: redactText(error.stack ?? ''),
  };
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) logged.code = code;
  if (error.cause !== undefined && depth < 3) logged.cause = serializeError(error.cause, depth + 1);
  return logged;
}

/** Fastify logger serializers: requests and errors pass through the redaction above. */
export const logSerializers = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      url: redactUrl(request.url),
      host: request.host,
      remoteAddress: request.ip,
    };
  },
  err: (error: unknown) => serializeError(error),
};
