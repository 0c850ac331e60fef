/**
 * Every route of the app, read from the router itself, is either on the short
 * public list or refuses a visitor who is not signed in; a route added
 * without a guard fails here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Browser, type Desk, insertCase, openDesk } from './desk.js';

interface Route {
  readonly method: string;
  readonly url: string;
}

/** Routes anyone may call: the public report form, sign-in, health, metrics, static script. */
const PUBLIC = new Set([
  'GET /',
  'POST /report',
  'GET /report/:token',
  'GET /login',
  'POST /login',
  'POST /logout',
  'GET /healthz',
  'GET /metrics',
  'GET /static/countdown.js',
]);

/** Reads `printRoutes({commonPrefix: false})`: one node per line, four columns per level. */
function routesOf(tree: string): Route[] {
  const routes: Route[] = [];
  const path: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] as string).length / 4;
    path.length = depth;
    path.push(m[2] as string);
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD'))
      routes.push({ method, url: path.join('') });
  }
  return routes;
}

const concrete = (url: string) => url.replace(/:\w+/g, '1');

describe('route guards', () => {
  let desk: Desk;
  let routes: Route[];
  before(async () => {
    desk = await openDesk();
    await desk.app.ready();
    await insertCase(desk.store);
    routes = routesOf(desk.app.printRoutes({ commonPrefix: false }));
  });
  after(() => desk.close());

  it('reads the routes of the app, the public ones included', () => {
    const names = routes.map((r) => `${r.method} ${r.url}`);
    for (const open of PUBLIC) assert.ok(names.includes(open), `${open} is listed public but is not a route`);
    for (const expected of [
      'GET /cases/:id',
      'POST /cases/:id/report/approve',
      'POST /admin/tokens',
      'POST /api/lint',
    ])
      assert.ok(names.includes(expected), expected);
  });

  it('refuses every non-public route to a visitor who is not signed in', async () => {
    const guarded = routes.filter((r) => !PUBLIC.has(`${r.method} ${r.url}`));
    assert.ok(guarded.length > 20);
    for (const route of guarded) {
      const r = await desk.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        ...(route.method === 'POST' && { payload: {} }),
      });
      const where = `${route.method} ${route.url}`;
      if (route.url.startsWith('/api/')) {
        assert.equal(r.statusCode, 401, where);
      } else {
        assert.equal(r.statusCode, 303, where);
        assert.match(String(r.headers.location), /^\/login\?next=/, where);
      }
    }
  });

  it('refuses every API route to a signed-in browser without a token', async () => {
    const admin = await Browser.signedIn(desk, await desk.user('admin', 'api-admin@ca.example'));
    for (const route of routes.filter((r) => r.url.startsWith('/api/'))) {
      const r = await admin.request({ method: route.method as 'GET', url: concrete(route.url) });
      assert.equal(r.statusCode, 401, route.url);
    }
  });

  it('refuses every staff form posted without its CSRF token', async () => {
    const admin = await Browser.signedIn(desk, await desk.user('admin', 'csrf-admin@ca.example'));
    const forms = routes.filter(
      (r) => r.method === 'POST' && !r.url.startsWith('/api/') && r.url !== '/login',
    );
    assert.ok(forms.length > 10);
    for (const route of forms) {
      const r = await admin.post(concrete(route.url), { body: 'x' }, false);
      assert.equal(r.statusCode, 403, route.url);
    }
  });

  it('keeps admin pages from staff and reviewers, and approval from staff', async () => {
    const staff = await Browser.signedIn(desk, await desk.user('staff'));
    const reviewer = await Browser.signedIn(desk, await desk.user('reviewer'));
    for (const route of routes.filter((r) => r.url.startsWith('/admin'))) {
      for (const browser of [staff, reviewer]) {
        await browser.get('/cases');
        const r =
          route.method === 'GET'
            ? await browser.get(concrete(route.url))
            : await browser.post(concrete(route.url));
        assert.equal(r.statusCode, 403, `${route.method} ${route.url}`);
      }
    }
    await staff.get('/cases/1');
    const approve = await staff.post('/cases/1/report/approve', { version: '1' });
    assert.equal(approve.statusCode, 403);
    assert.equal((await staff.get('/cases')).statusCode, 200);
  });
});
