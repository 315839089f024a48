import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Route } from '../plugins/routen.ts';
import { type TestApp, testApp } from '../test/test-app.ts';

/**
 * Every API route declares what it answers: a 2xx schema and the error body (`...fehler` from
 * @hilfewerk/api). The zod type provider serialises through these schemas and the OpenAPI document is
 * built from them, so a route without one would answer unchecked and stay undocumented.
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

/** Routes of plugins, not of the API: the OpenAPI document itself and Swagger UI. */
const AUSGENOMMEN = (pfad: string) => pfad === '/api/openapi.json' || pfad.startsWith('/api/docs');

const apiRouten = (routen: readonly Route[]) =>
  routen.filter((r) => r.pfad.startsWith('/api/') && r.methode !== 'HEAD' && !AUSGENOMMEN(r.pfad));

/** `METHODE /pfad` of each route whose schema lacks a 2xx answer or the 4xx/5xx error body. */
function ohneAntwortschema(routen: readonly Route[]): string[] {
  return apiRouten(routen)
    .filter((r) => {
      const antworten = Object.keys((r.schema?.response as Record<string, unknown> | undefined) ?? {});
      return (
        // A redirect (302: single sign-on) is the success of a browser navigation.
        !antworten.some((s) => /^[23]\d\d$/.test(s)) ||
        !antworten.includes('4xx') ||
        !antworten.includes('5xx')
      );
    })
    .map((r) => `${r.methode} ${r.pfad}`);
}

describe('Antwortschemas', () => {
  it('every registered API route declares a 2xx answer and the 4xx/5xx error body', () => {
    expect(apiRouten(t.app.routen).length).toBeGreaterThan(50);
    expect(ohneAntwortschema(t.app.routen), 'Routen ohne vollständiges Antwortschema').toEqual([]);
  });

  it('the OpenAPI document describes an answer body for every operation', () => {
    const doc = t.app.swagger() as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: object }> }>>;
    };
    const luecken: string[] = [];
    for (const [pfad, ops] of Object.entries(doc.paths)) {
      for (const [methode, op] of Object.entries(ops)) {
        const antworten = op.responses ?? {};
        const erfolg = Object.entries(antworten).filter(([s]) => s.startsWith('2') || s.startsWith('3'));
        // 204 and redirects have no body; every other success names its content.
        const beschrieben =
          erfolg.length > 0 && erfolg.every(([s, a]) => s === '204' || s.startsWith('3') || a.content);
        if (!beschrieben || !antworten['4XX']?.content) luecken.push(`${methode.toUpperCase()} ${pfad}`);
      }
    }
    expect(Object.keys(doc.paths).length).toBeGreaterThan(40);
    expect(luecken).toEqual([]);
  });

  it('every reference of the OpenAPI document leads to a schema in it', () => {
    const doc = t.app.swagger() as { components?: { schemas?: Record<string, unknown> } };
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(refs).toContain('Fehler');
    expect([...new Set(refs)].filter((r) => !doc.components?.schemas?.[r])).toEqual([]);
  });

  it('a route without an answer schema is found', async () => {
    // The check above must be able to fail: the list includes routes added without a schema.
    const { buildApp } = await import('../app.ts');
    const app = await buildApp({ db: t.db });
    app.get('/api/ohne-schema', async () => ({}));
    app.get('/api/nur-erfolg', { schema: { response: { 200: z.object({}) } } }, async () => ({}));
    await app.ready();
    expect(ohneAntwortschema(app.routen)).toEqual(['GET /api/ohne-schema', 'GET /api/nur-erfolg']);
    await app.close();
  });
});
