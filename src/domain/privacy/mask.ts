/**
 * Masking of sensitive values for display (DESIGN.md §2.6): every response masks by default.
 * `110101199001011234` → `110***********1234`, `13800138000` → `138****8000`.
 */
export type MaskKind = 'idNumber' | 'phone' | 'bankAccount' | 'text';

export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

export function maskPhone(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

export function maskBankAccount(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  return '*'.repeat(value.length - 4) + value.slice(-4);
}

/** Free text (e.g. a medical note) is never partially shown. */
export function maskText(value: string): string {
  return value.length === 0 ? '' : '******';
}

export function mask(kind: MaskKind, value: string): string {
  switch (kind) {
    case 'idNumber':
      return maskIdNumber(value);
    case 'phone':
      return maskPhone(value);
    case 'bankAccount':
      return maskBankAccount(value);
    case 'text':
      return maskText(value);
  }
}
