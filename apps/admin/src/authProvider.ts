import type { AuthProvider } from 'react-admin';
import type { Register, User } from '@summitdesk/contracts';
import { API_URL, httpClient } from './httpClient';
import { canRoleAccess } from './permissions';
import { clearSession, getStoredUser, getToken, isTokenExpired, saveSession, saveUser } from './session';

type LoginParams = { email: string; password: string };

// react-admin's auth methods plus registration, which is the same anonymous call family as login.
export type SummitdeskAuthProvider = AuthProvider & { register: (values: Partial<Register>) => Promise<void> };

// The sign-in answer carries the user as /api/auth/me would: for a minute after it, the identity is
// that answer, so the first screen's menu and lists do not wait for a second round trip.
const FRESH_SIGN_IN_MS = 60_000;
let signedInAt = 0;

export const authProvider: SummitdeskAuthProvider = {
  async register(values) {
    await httpClient(`${API_URL}/auth/register`, { method: 'POST', body: JSON.stringify(values), anonymous: true });
  },

  async login({ email, password }: LoginParams) {
    const { json } = await httpClient<{ accessToken: string; user: User }>(`${API_URL}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: email.trim(), password }),
      anonymous: true,
    });
    saveSession(json.accessToken, json.user);
    signedInAt = Date.now();
  },

  async logout() {
    signedInAt = 0;
    clearSession();
  },

  async checkAuth() {
    const token = getToken();
    // No session yet: go to the login page without the "please log in" toast.
    if (!token) throw { message: false };
    if (isTokenExpired(token)) {
      clearSession();
      throw { message: 'ra.notification.logged_out' };
    }
  },

  async checkError(error) {
    const status = error?.status;
    if (status === 401) {
      clearSession();
      throw { message: 'ra.notification.logged_out' };
    }
    // 403 and the rest: stay signed in, the page shows the error.
  },

  async getIdentity() {
    if (Date.now() - signedInAt > FRESH_SIGN_IN_MS) {
      try {
        const { json } = await httpClient<User>(`${API_URL}/auth/me`);
        saveUser(json);
      } catch {
        // Offline or transient: the stored user is good enough for the app bar.
      }
    }
    const user = getStoredUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.name, email: user.email, role: user.role, emailVerified: user.emailVerified };
  },

  async getPermissions() {
    return getStoredUser()?.role ?? null;
  },

  async canAccess({ resource, action }) {
    return canRoleAccess(getStoredUser()?.role, resource, action);
  },
};
