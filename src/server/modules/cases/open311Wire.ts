import type { FastifyReply } from 'fastify';

// The Open311 wire: its error type, the JSON and XML answers, a file name's format, and the loose
// query values Open311 clients send.

export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 429,
    readonly description: string,
    /** With 429: sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(description);
  }
}

export type Format = 'json' | 'xml';
type Scalar = string | number | boolean | null;
type XmlValue = Scalar | XmlValue[] | { [key: string]: XmlValue };

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** A small XML writer: objects become elements, arrays repeat the element named by `itemName`. */
function toXml(name: string, value: XmlValue, itemNames: Record<string, string>): string {
  if (value === null) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = itemNames[name] ?? 'item';
    return `<${name}>${value.map((v) => toXml(item, v, itemNames)).join('')}</${name}>`;
  }
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => toXml(k, v, itemNames))
      .join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

const ITEM_NAMES: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

export function send(
  reply: FastifyReply,
  format: Format,
  root: string,
  body: XmlValue,
  status?: number,
): string {
  if (status !== undefined) void reply.status(status);
  if (format === 'json') {
    void reply.type('application/json; charset=utf-8');
    return JSON.stringify(body);
  }
  void reply.type('text/xml; charset=utf-8');
  return `<?xml version="1.0" encoding="utf-8"?>${toXml(root, body, ITEM_NAMES)}`;
}

export function sendError(
  reply: FastifyReply,
  format: Format,
  status: number,
  description: string,
): string {
  // errors are a list even in XML: <errors><error><code/><description/></error></errors>
  return send(reply, format, 'errors', [{ code: status, description }], status);
}

/** `services.json` → ['services', 'json']; anything else is not found. */
export function splitFile(file: string): { name: string; format: Format } {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  if (!m || !m[1]) throw new Open311Error(404, 'unknown resource or format (use .json or .xml)');
  return { name: decodeURIComponent(m[1]), format: m[2] as Format };
}

export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;

/** Asked for in English (`lang=en…`); Chinese otherwise. */
export const english = (lang: string | undefined) => !!lang && /^en\b/i.test(lang.trim());
