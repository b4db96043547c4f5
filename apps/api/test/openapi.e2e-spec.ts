import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';
import { listRoutes, type Route } from './routes.js';

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type Document = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, unknown> } };

// Call-for-papers controllers whose routes do not document their responses yet; the list only
// shrinks (a listed controller that documents every route fails the test until it is removed).
const undocumentedControllers = [
  'PublicCfpController',
  'CfpsController',
  'SubmissionsController',
  'CfpDecisionsController',
  'SpeakerInvitationsController',
  'ReviewsController',
  'CfpScoresController',
  'ReviewAssignmentsController',
  'CfpAssignmentController',
  'CommitteesController',
  'CommitteeSeatsController',
  'ConflictsController',
  'AgendaSlotsController',
  'PublicAgendaController',
];

// The OpenAPI document at /api/docs-json: every route says what it answers on success, and the
// shared error body for its refusals, from the contracts' response schemas.
describe('OpenAPI document', () => {
  let t: TestApp;
  let routes: Route[];
  let document: Document;
  beforeAll(async () => {
    t = await createTestApp({ OPENAPI_DOCS: 'on' });
    routes = listRoutes(t.app);
    const response = await t.http().get('/api/docs-json');
    expect(response.status).toBe(200);
    document = response.body as Document;
  });
  afterAll(() => t.close());

  const operationOf = (route: Route) =>
    document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()] as Operation | undefined;
  const successOf = (operation: Operation | undefined) =>
    Object.entries(operation?.responses ?? {}).filter(([status, response]) => /^2\d\d$/.test(status) && response.content);
  // Routes left out of the document on purpose (Stripe's webhook, ApiExcludeEndpoint).
  const documented = () => routes.filter((route) => operationOf(route) !== undefined);

  it('documents a success response with a body for every route', () => {
    expect(documented().length).toBeGreaterThan(100);
    const missing = documented()
      .filter((route) => !undocumentedControllers.includes(route.controller))
      .filter((route) => successOf(operationOf(route)).length === 0)
      .map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`);
    expect(missing).toEqual([]);
  });

  it('keeps the list of controllers still to document shrinking', () => {
    const done = undocumentedControllers.filter((controller) => {
      const own = documented().filter((route) => route.controller === controller);
      return own.length > 0 && own.every((route) => successOf(operationOf(route)).length > 0);
    });
    expect(done).toEqual([]);
  });

  it('documents the shared error body for the refusals of every documented route', () => {
    const withoutErrors = documented()
      .filter((route) => successOf(operationOf(route)).length > 0)
      .filter((route) => {
        const refusal = operationOf(route)?.responses?.['403']?.content?.['application/json']?.schema;
        return !refusal || !JSON.stringify(refusal).includes('ErrorBody');
      })
      .map((route) => `${route.method} ${route.path}`);
    expect(withoutErrors).toEqual([]);
    const errorBody = JSON.stringify(document.components?.schemas?.ErrorBodyDto ?? {});
    for (const field of ['statusCode', 'error', 'code', 'message', 'errors']) expect(errorBody).toContain(field);
  });
});
