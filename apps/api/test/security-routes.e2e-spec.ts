import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { RolesGuard } from '../src/common/auth.guards.js';
import { createTestApp, type TestApp } from './test-app.js';
import { fillPath, listRoutes, type Route } from './routes.js';

// Attack suite, route inventory: no route may be reachable by accident.
describe('route inventory', () => {
  let t: TestApp;
  let routes: Route[];
  beforeAll(async () => {
    t = await createTestApp();
    routes = listRoutes(t.app);
  });
  afterAll(() => t.close());

  it('finds the routes of every feature', () => {
    expect(routes.length).toBeGreaterThan(100);
    const paths = routes.map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /api/events',
        'POST /api/auth/login',
        'GET /api/cfps/:id/reviews.csv',
        'POST /api/contest-entries/:id/artwork',
      ]),
    );
  });

  it('gives every route an explicit access rule: @Public(), @SignedIn() or @Roles()', () => {
    const unmarked = routes
      .filter((route) => !route.isPublic && !route.roles?.length)
      .map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`);
    expect(unmarked).toEqual([]);
  });

  it('keeps the public routes to the documented few', () => {
    const publicPaths = routes.filter((route) => route.isPublic).map((route) => `${route.method} ${route.path}`);
    // Signing in and up, the mailed verification link (its token is the proof) and Stripe's signed
    // webhook (its signature is the proof) and the library's view and download counts (one salted daily
    // hash per visitor, nothing personal) are the only public writes, with the news subscription
    // (double opt-in, rate-limited) and its confirm and one-click unsubscribe links (token or HMAC).
    const documented = new RegExp(
      [
        '^GET /api/public/',
        '^GET /api/health(/live|/ready)?$',
        '^GET /api/metrics$',
        '^POST /api/auth/(login|register|verify-email)$',
        '^POST /api/stripe/webhook$',
        '^POST /api/public/presentations/:id/(views|downloads)$',
        '^POST /api/public/(subscribe|subscribe/confirm|unsubscribe)$',
      ].join('|'),
    );
    for (const path of publicPaths) expect(path).toMatch(documented);
  });

  it('answers 401 without a token on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      const path = fillPath(route.path, () => 1);
      const response = await t.http()[route.method.toLowerCase() as 'get'](path);
      if (response.status !== 401 || response.body.code !== 'AUTH.UNAUTHENTICATED')
        wrong.push(`${route.method} ${path} → ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 401 with a malformed Authorization header on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      const path = fillPath(route.path, () => 1);
      const response = await t.http()[route.method.toLowerCase() as 'get'](path).set('Authorization', 'Bearer not-a-token');
      if (response.status !== 401) wrong.push(`${route.method} ${path} → ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a route that names no access rule, even for an organizer', () => {
    class Unmarked {
      handler() {}
    }
    const context = {
      getHandler: () => Unmarked.prototype.handler,
      getClass: () => Unmarked,
      switchToHttp: () => ({ getRequest: () => ({ user: { id: 1, role: 'organizer' } }) }),
    } as unknown as ExecutionContext;
    expect(() => new RolesGuard(new Reflector()).canActivate(context)).toThrow(/no access rule/);
  });
});
