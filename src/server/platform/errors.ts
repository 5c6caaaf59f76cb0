/** One error type for the whole API (STYLE.md): a code, its HTTP status, a zh-CN and an en message. */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  ACCOUNT_DISABLED: 403,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_MISMATCH: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  // A reveal past the day's threshold: a request now waits for the county admin.
  APPROVAL_REQUIRED: 403,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface Message {
  zh: string;
  en: string;
}

const DEFAULT_MESSAGES: Record<ErrorCode, Message> = {
  VALIDATION: { zh: '请求内容有误', en: 'The request is invalid' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please log in' },
  INVALID_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  SESSION_EXPIRED: {
    zh: '登录已过期，请重新登录',
    en: 'Your session has expired; please log in again',
  },
  ACCOUNT_DISABLED: { zh: '账号已停用', en: 'This account is disabled' },
  CSRF: {
    zh: '安全校验失败，请刷新页面后重试',
    en: 'Security check failed; reload the page and try again',
  },
  FORBIDDEN: { zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { zh: '未找到', en: 'Not found' },
  CONFLICT: { zh: '与现有数据冲突', en: 'Conflicts with existing data' },
  IDEMPOTENCY_IN_PROGRESS: {
    zh: '相同的请求正在处理中',
    en: 'The same request is still being processed',
  },
  PAYLOAD_TOO_LARGE: { zh: '请求内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    zh: '不支持的内容类型，请使用 JSON',
    en: 'Unsupported content type; send JSON',
  },
  IDEMPOTENCY_MISMATCH: {
    zh: '幂等键已用于内容不同的请求',
    en: 'The Idempotency-Key was used with a different request',
  },
  ACCOUNT_LOCKED: {
    zh: '登录失败次数过多，账号已锁定',
    en: 'Too many failed logins; the account is locked',
  },
  RATE_LIMITED: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  APPROVAL_REQUIRED: {
    zh: '今日查看次数已达上限，已提交县级管理员审批，批准后可再次查看',
    en: 'Past today’s limit: a request went to the county admin; reveal again once approved',
  },
  INTERNAL: { zh: '服务器内部错误', en: 'Internal server error' },
};

export class AppError extends Error {
  readonly status: number;
  readonly messages: Message;

  constructor(
    readonly code: ErrorCode,
    message?: Message,
    readonly details: Record<string, unknown> = {},
  ) {
    const messages = message ?? DEFAULT_MESSAGES[code];
    super(messages.en);
    this.status = ERROR_STATUS[code];
    this.messages = messages;
  }
}

export const notFound = (): AppError => new AppError('NOT_FOUND');

export interface ValidationIssue {
  path: string;
  message: string;
}

export function validationError(issues: ValidationIssue[]): AppError {
  const first = issues[0];
  const head = first ? `${first.path}: ${first.message}` : '';
  return new AppError(
    'VALIDATION',
    { zh: `请求内容有误 — ${head}`, en: `The request is invalid — ${head}` },
    { issues },
  );
}

export type Language = 'zh' | 'en';

export function languageOf(acceptLanguage: string | undefined): Language {
  return acceptLanguage && /^en\b/i.test(acceptLanguage.trim()) ? 'en' : 'zh';
}

export function errorBody(
  error: AppError,
  language: Language,
): { error: { code: ErrorCode; message: string; details: Record<string, unknown> } } {
  return { error: { code: error.code, message: error.messages[language], details: error.details } };
}
