import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { runInBackground } from '../db/workPriority.ts';
import { pageCspWithScripts } from './securityHeaders.ts';

/**
 * A route's declared answer when it is not JSON: nothing (204), a file to download, or text in a
 * format the route speaks itself (an HTML page, Open311's JSON or XML). OpenAPI renders each, and
 * with `checkResponses` on the platform checks the answer against it as it does a zod schema.
 */
export type BodyResponse =
  | { readonly kind: 'noContent' }
  | { readonly kind: 'file' | 'text'; readonly contentTypes: readonly string[] };

export type ResponseContract = z.ZodType | BodyResponse;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const HTML_TYPE = 'text/html; charset=utf-8';

/** The route answers 204 with no body. */
export const noContent: BodyResponse = { kind: 'noContent' };

/** The route answers a file (binary) of one of these types. */
export function fileResponse(contentTypes: readonly string[]): BodyResponse {
  return { kind: 'file', contentTypes };
}

/** The route answers text it serialized itself, of one of these types. */
export function textResponse(contentTypes: readonly string[]): BodyResponse {
  return { kind: 'text', contentTypes };
}

export const htmlPage = textResponse([HTML_TYPE]);

export function isBodyResponse(contract: ResponseContract): contract is BodyResponse {
  return !('safeParse' in contract);
}

const mediaType = (type: string) => type.split(';')[0]?.trim().toLowerCase() ?? '';

// Whether `type` (a reply's content-type, parameters and all) is one the contract declares; */* is any.
export function declaresType(contract: BodyResponse, type: string): boolean {
  return (
    contract.kind !== 'noContent' &&
    contract.contentTypes.some((t) => t === '*/*' || mediaType(t) === mediaType(type))
  );
}

/** Sends a stored file as a download (or `inline`), its name in the header as RFC 5987 asks. */
export function sendFile(
  reply: FastifyReply,
  file: { name: string; type: string; data: Uint8Array },
  disposition: 'attachment' | 'inline' = 'attachment',
): Uint8Array {
  void reply
    .type(file.type)
    .header(
      'content-disposition',
      `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    );
  return file.data;
}

/**
 * Builds a heavy download (a round's 通报 or .xlsx, a bulletin, a year's report) as background
 * work, so its statements give way to people's reads on the embedded database (workPriority.ts),
 * and sends it as a file of `type`.
 */
export async function sendBuiltFile(
  reply: FastifyReply,
  type: string,
  build: () => Promise<{ name: string; data: Uint8Array }>,
): Promise<Uint8Array> {
  return sendFile(reply, { ...(await runInBackground(build)), type });
}

/**
 * Sends a server-rendered page. Its inline scripts, if any, must be exactly `scripts` (constant
 * text): the page's Content-Security-Policy allows those by their hash and nothing else inline.
 */
export function sendHtml(
  reply: FastifyReply,
  body: string,
  scripts: readonly string[] = [],
): string {
  void reply.type(HTML_TYPE);
  if (scripts.length) void reply.header('content-security-policy', pageCspWithScripts(...scripts));
  return body;
}
