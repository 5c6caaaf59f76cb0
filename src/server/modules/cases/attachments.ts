import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../audit/appendAudit.ts';
import { caseAttachments, cases } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { me } from './access.ts';
import { visibleTo } from './policy.ts';
import { authorizeCase } from './policy.ts';

// Case attachments: typed by their content and the declared type, size-limited, content-addressed.
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

/** The file's own signature must match its declared type (a renamed .exe is not a photo). */
export function sniffType(data: Buffer): string | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
    return 'image/jpeg';
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-')
    return 'application/pdf';
  return null;
}

export async function addAttachment(
  ctx: Ctx,
  caseId: string,
  name: string,
  contentType: string,
  data: Buffer,
) {
  const m = await me(ctx);
  const declared = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (sniffType(data) !== declared)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      zh: '文件内容与类型不符（仅支持 JPEG、PNG、PDF）',
      en: 'The file content does not match its type (JPEG, PNG or PDF only)',
    });
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), visibleTo(m)));
    if (!row) throw notFound();
    authorizeCase(m, row, 'attach');
    const now = tx.clock();
    const id = uuidv7(now.getTime());
    const sha256 = crypto.createHash('sha256').update(data).digest('hex');
    await tx.db.insert(caseAttachments).values({
      id,
      regionCode: row.regionCode,
      countyCode: row.countyCode,
      caseId,
      name,
      contentType: declared,
      size: data.length,
      sha256,
      data,
      uploadedBy: m.actor.accountId,
      createdAt: now,
    });
    await appendAudit(tx, {
      action: 'cases.attach',
      objectType: 'case',
      objectId: caseId,
      regionCode: row.regionCode,
      after: { name, contentType: declared, size: data.length, sha256 },
    });
    return { id, name, contentType: declared, size: data.length, sha256 };
  });
}

export async function getAttachment(ctx: Ctx, caseId: string, attachmentId: string) {
  const m = await me(ctx);
  const [row] = await ctx.db
    .select({ a: caseAttachments })
    .from(caseAttachments)
    .innerJoin(cases, eq(cases.id, caseAttachments.caseId))
    .where(
      and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, caseId), visibleTo(m)),
    );
  if (!row) throw notFound();
  return row.a;
}
