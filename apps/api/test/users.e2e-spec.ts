import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp, type TestUser } from './test-app.js';

describe('users', () => {
  let t: TestApp;
  let organizer: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    organizer = await t.user('organizer');
    member = await t.user('member', { name: 'Pasi Kärkkäinen', country: 'FI' });
  });
  afterAll(() => t.close());

  it('lets organizers list and search users, and forbids members', async () => {
    const response = await t
      .http()
      .get('/api/users')
      .query({ filter: JSON.stringify({ q: 'kärkk' }) })
      .set(bearer(organizer));
    expect(response.status).toBe(200);
    expect(response.body.map((user: { name: string }) => user.name)).toEqual(['Pasi Kärkkäinen']);
    expect(response.body[0]).not.toHaveProperty('passwordHash');
    expect((await t.http().get('/api/users').set(bearer(member))).status).toBe(403);
  });

  it('shows a member only their own record', async () => {
    const other = await t.user('member');
    expect((await t.http().get(`/api/users/${member.id}`).set(bearer(member))).status).toBe(200);
    expect((await t.http().get(`/api/users/${other.id}`).set(bearer(member))).status).toBe(404);
  });

  it('changes a role, which takes effect on the next request, and audits it', async () => {
    const promoted = await t.user('member');
    expect((await t.http().get('/api/users').set(bearer(promoted))).status).toBe(403);
    const response = await t.http().post(`/api/users/${promoted.id}/role`).set(bearer(organizer)).send({ role: 'organizer' });
    expect(response.status).toBe(200);
    expect(response.body.role).toBe('organizer');
    expect((await t.http().get('/api/users').set(bearer(promoted))).status).toBe(200);
    const history = await t
      .http()
      .get('/api/audit-log')
      .query({ filter: JSON.stringify({ entity: 'user', entityId: String(promoted.id) }) })
      .set(bearer(organizer));
    expect(history.body[0]).toMatchObject({ action: 'change_role', fromState: 'member', toState: 'organizer' });
  });

  it('refuses an unknown role with 400 and an organizer disabling themselves with 422', async () => {
    expect((await t.http().post(`/api/users/${member.id}/role`).set(bearer(organizer)).send({ role: 'admin' })).status).toBe(400);
    expect((await t.http().post(`/api/users/${organizer.id}/disable`).set(bearer(organizer)).send({})).status).toBe(422);
  });

  it('re-enables a disabled user', async () => {
    const user = await t.user('member');
    await t.http().post(`/api/users/${user.id}/disable`).set(bearer(organizer)).send({});
    expect((await t.http().get('/api/auth/me').set(bearer(user))).status).toBe(401);
    const enabled = await t.http().post(`/api/users/${user.id}/enable`).set(bearer(organizer)).send({});
    expect(enabled.body.disabled).toBe(false);
    expect((await t.http().get('/api/auth/me').set(bearer(user))).status).toBe(200);
  });

  it('lets a member edit their own profile but not another', async () => {
    const other = await t.user('member');
    const me = (await t.http().get(`/api/users/${member.id}`).set(bearer(member))).body;
    const updated = await t
      .http()
      .put(`/api/users/${member.id}`)
      .set(bearer(member))
      .send({ ...me, affiliation: 'Xen community' });
    expect(updated.status).toBe(200);
    expect(updated.body.affiliation).toBe('Xen community');
    const theirs = await t.http().put(`/api/users/${other.id}`).set(bearer(member)).send({ name: 'Hijack', version: 1 });
    expect(theirs.status).toBe(404);
  });

  it('never lets a member mark their own address verified by editing the record', async () => {
    const unverified = await t.user('member', { emailVerifiedAt: null });
    const me = (await t.http().get(`/api/users/${unverified.id}`).set(bearer(unverified))).body;
    expect(me).toMatchObject({ emailVerified: false, emailVerifiedAt: null });
    const updated = await t
      .http()
      .put(`/api/users/${unverified.id}`)
      .set(bearer(unverified))
      .send({ ...me, emailVerified: true, emailVerifiedAt: new Date().toISOString() });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ emailVerified: false, emailVerifiedAt: null });
  });
});
