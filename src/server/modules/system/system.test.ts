import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../routeTable.ts';
import { testDbKind } from '../../testing/testDatabase.ts';
import {} from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

const t = useTestApp();

describe('system routes', () => {
  it('reports health with the database kind and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', db: testDbKind(), version: '0.1.0' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes OpenAPI 3.1 with every route of the table and its body schema', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const p = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(
        doc.paths[p]?.[route.method.toLowerCase()],
        `${route.method} ${route.url}`,
      ).toBeDefined();
    }
    const create = doc.paths['/api/v1/accounts'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['username', 'password', 'roles']),
    );
    expect(create.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(doc.paths['/api/v1/regions/{code}'].get.parameters[0]).toMatchObject({
      name: 'code',
      in: 'path',
      required: true,
    });
  });

  it('serves a docs page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('领雁 Lingyan API');
  });
});
