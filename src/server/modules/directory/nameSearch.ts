import { eq, like, sql, type SQL } from 'drizzle-orm';
import { parseIdNumber } from '../../../domain/directory/idNumber.ts';
import { normalizeMobile } from '../../../domain/directory/phone.ts';
import { normalizeSearchQuery } from '../../../domain/directory/pinyinSearch.ts';
import type { FieldCipher } from '../../crypto/fieldCipher.ts';
import { persons } from '../../db/schema/index.ts';

const escapeLike = (text: string) => text.replace(/[%_\\]/g, (m) => `\\${m}`);

/**
 * What a search box finds a person by: an ID number or a mobile number (exact, through the blind
 * index), else the name in Chinese or pinyin (`zs`, `zhangsan`, `张三`).
 */
export function personSearchCondition(q: string, cipher: FieldCipher): SQL | undefined {
  const text = q.trim();
  if (text === '') return undefined;
  if (/^\d{15}$|^\d{17}[\dXx]$/.test(text)) {
    const parsed = parseIdNumber(text);
    return parsed.ok ? eq(persons.idIndex, cipher.blindIndex(parsed.value.normalized)) : sql`false`;
  }
  const mobile = /^[+\d\s-]{11,}$/.test(text) ? normalizeMobile(text) : null;
  if (mobile) return eq(persons.phoneIndex, cipher.blindIndex(mobile));
  const { hanzi, pinyin } = normalizeSearchQuery(text);
  const conditions: SQL[] = [];
  if (hanzi) conditions.push(like(persons.name, `%${escapeLike(hanzi)}%`));
  // Tokens are space-separated; a pinyin query must be the prefix of one of them.
  if (pinyin)
    conditions.push(sql`(' ' || ${persons.nameSearch}) LIKE ${`% ${escapeLike(pinyin)}%`}`);
  if (conditions.length === 0) return sql`false`;
  return sql.join(conditions, sql` AND `);
}
