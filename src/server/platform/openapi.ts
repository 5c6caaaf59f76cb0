import { z } from 'zod';
import { isBodyResponse, type ResponseContract } from './responses.ts';
import type { AnyRoute } from './route.ts';

type JsonSchema = Record<string, unknown>;

function schemaOf(type: z.ZodType | undefined, io: 'input' | 'output'): JsonSchema | undefined {
  if (!type) return undefined;
  return z.toJSONSchema(type, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
}

function parametersOf(type: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  const schema = schemaOf(type, 'input');
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'object' },
      },
      required: ['code', 'message', 'details'],
    },
  },
};

/** The success entry of `responses`: a JSON schema, a 204 with no body, or a file or text body. */
function successOf(
  contract: ResponseContract | undefined,
  status: number,
): Record<string, unknown> {
  if (!contract) return { [status]: { description: 'OK' } };
  if (!isBodyResponse(contract))
    return {
      [status]: {
        description: 'OK',
        content: { 'application/json': { schema: schemaOf(contract, 'output') } },
      },
    };
  if (contract.kind === 'noContent') return { 204: { description: 'No content' } };
  const schema =
    contract.kind === 'file' ? { type: 'string', contentEncoding: 'binary' } : { type: 'string' };
  return {
    [status]: {
      description: contract.kind === 'file' ? 'A file' : 'A document in the format asked for',
      content: Object.fromEntries(contract.contentTypes.map((t) => [t, { schema }])),
    },
  };
}

const jsonObject = z.record(z.string(), z.unknown());

/** The document's frame; what is inside a path item is OpenAPI's own schema, not repeated here. */
export const openApiDocument = z.object({
  openapi: z.literal('3.1.0'),
  info: z.object({ title: z.string(), version: z.string() }),
  components: z.object({ securitySchemes: z.record(z.string(), jsonObject) }),
  paths: z
    .record(z.string(), z.record(z.string(), jsonObject))
    .describe('path → lower-case method → OpenAPI operation'),
});

/** OpenAPI 3.1 from the route table's zod schemas: the contract cannot drift from the code. */
export function buildOpenApi(routes: readonly AnyRoute[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const body = schemaOf(route.body as z.ZodType | undefined, 'input');
    (paths[path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      security: route.auth === 'session' ? [{ session: [] }] : [],
      'x-permission': route.permission ?? null,
      'x-policy': route.policy ?? null,
      ...(route.reads ? { 'x-reads-from': route.reads } : {}),
      parameters: [
        ...parametersOf(route.params as z.ZodType | undefined, 'path'),
        ...parametersOf(route.query as z.ZodType | undefined, 'query'),
      ],
      ...(body
        ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } }
        : {}),
      ...(route.upload
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(
                route.upload.contentTypes.map((t) => [
                  t,
                  {
                    schema: {
                      type: 'string',
                      contentEncoding: 'binary',
                      'x-max-bytes': route.upload?.maxBytes,
                    },
                  },
                ]),
              ),
            },
          }
        : {}),
      responses: {
        ...successOf(route.response, route.successStatus ?? 200),
        default: { description: 'Error', content: { 'application/json': { schema: errorSchema } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: '领雁 Lingyan API', version },
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'lingyan_sid',
          description: 'Writes also need the X-CSRF-Token header (the lingyan_csrf cookie).',
        },
      },
    },
    paths,
  };
}
