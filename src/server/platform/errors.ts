/**
 * One error type for the whole API (STYLE.md): a code, its HTTP status, a zh-CN and an en message.
 * Each code with its status and the message it carries when the thrower names none.
 */
const ERRORS = {
  VALIDATION: { status: 400, zh: '请求内容有误', en: 'The request is invalid' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  SESSION_EXPIRED: {
    status: 401,
    zh: '登录已过期，请重新登录',
    en: 'Your session has expired; please log in again',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  CSRF: {
    status: 403,
    zh: '安全校验失败，请刷新页面后重试',
    en: 'Security check failed; reload the page and try again',
  },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found' },
  CONFLICT: { status: 409, zh: '与现有数据冲突', en: 'Conflicts with existing data' },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    zh: '相同的请求正在处理中',
    en: 'The same request is still being processed',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '不支持的内容类型，请使用 JSON',
    en: 'Unsupported content type; send JSON',
  },
  IDEMPOTENCY_MISMATCH: {
    status: 422,
    zh: '幂等键已用于内容不同的请求',
    en: 'The Idempotency-Key was used with a different request',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多，账号已锁定',
    en: 'Too many failed logins; the account is locked',
  },
  RATE_LIMITED: {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests; try again later',
  },
  // A reveal past the day's threshold: a request now waits for the county admin.
  APPROVAL_REQUIRED: {
    status: 403,
    zh: '今日查看次数已达上限，已提交县级管理员审批，批准后可再次查看',
    en: 'Past today’s limit: a request went to the county admin; reveal again once approved',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const;
export type ErrorCode = keyof typeof ERRORS;

/** The HTTP status of each code. */
export const ERROR_STATUS = Object.fromEntries(
  Object.entries(ERRORS).map(([code, e]) => [code, e.status]),
) as Record<ErrorCode, number>;

export interface Message {
  zh: string;
  en: string;
}

export class AppError extends Error {
  readonly status: number;
  readonly messages: Message;

  constructor(
    readonly code: ErrorCode,
    message?: Message,
    readonly details: Record<string, unknown> = {},
  ) {
    const messages = message ?? { zh: ERRORS[code].zh, en: ERRORS[code].en };
    super(messages.en);
    this.status = ERRORS[code].status;
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
