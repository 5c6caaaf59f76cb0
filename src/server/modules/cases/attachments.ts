import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../audit/appendAudit.ts';
import { caseAttachments, cases } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { checkUpload } from '../../platform/uploadedFiles.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { loadVisible, me } from './access.ts';
import { authorizeCase, visibleTo } from './policy.ts';

// Case attachments: typed by their content and the declared type, size-limited, content-addressed.
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

export async function addAttachment(
  ctx: Ctx,
  caseId: string,
  name: string,
  contentType: string,
  data: Buffer,
) {
  const m = await me(ctx);
  const { contentType: declared, sha256 } = checkUpload(contentType, data, ATTACHMENT_TYPES, {
    zh: '文件内容与类型不符（仅支持 JPEG、PNG、PDF）',
    en: 'The file content does not match its type (JPEG, PNG or PDF only)',
  });
  return transaction(ctx, async (tx) => {
    const row = await loadVisible(tx, m, caseId);
    authorizeCase(m, row, 'attach');
    const now = tx.clock();
    const id = uuidv7(now.getTime());
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
