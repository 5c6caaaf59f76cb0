import crypto from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { AppError } from './errors.ts';
import { sendFile } from './responses.ts';

// Files people upload (case attachments, evaluation evidence, activity evidence): one check of
// what a file is and one description of how it is kept, so every module stores them alike —
// typed by their content, size-limited by their route (`upload.maxBytes`), content-addressed.

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PDF_TYPE = 'application/pdf';

/** What the file's own first bytes say it is, or null for anything else. */
export function sniffType(data: Buffer): string | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
    return 'image/jpeg';
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (
    data.length >= 12 &&
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return PDF_TYPE;
  return null;
}

/** A checked upload: its type (declared and confirmed by its content), size and SHA-256. */
export interface CheckedFile {
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * The declared type must be one of `allowed` and match the file's own signature (a renamed .exe
 * is not a photo); else 415 with `refusal` as the message. Nothing is written before this passes.
 */
export function checkUpload<T extends string>(
  declaredHeader: string,
  data: Buffer,
  allowed: readonly T[],
  refusal: { zh: string; en: string },
): CheckedFile & { contentType: T } {
  const declared = declaredHeader.split(';')[0]?.trim().toLowerCase() ?? '';
  const type = allowed.find((a) => a === declared);
  if (!type || sniffType(data) !== type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', refusal);
  return {
    contentType: type,
    size: data.length,
    sha256: crypto.createHash('sha256').update(data).digest('hex'),
  };
}

/** Sends a kept upload back as stored: its name, its checked type and its bytes. */
export function sendUpload(
  reply: FastifyReply,
  file: { name: string; contentType: string; data: Uint8Array },
  disposition?: 'attachment' | 'inline',
): Uint8Array {
  return sendFile(reply, { name: file.name, type: file.contentType, data: file.data }, disposition);
}

/** The Content-Type an upload was sent with (checked against the file by `checkUpload`). */
export const declaredType = (reply: FastifyReply): string =>
  String(reply.request.headers['content-type'] ?? '');
