import type { ChangePasswordRequest, LoginRequest, LoginResponse, SetupRequest, User } from '@cps/domain';
import { http } from '../../api/http';

export const CURRENT_USER_PATH = '/api/auth/me';

// The browser session lives in the httpOnly cookie the server sets; the token in the
// body is for scripts, so the web app never stores it.
export async function login(request: LoginRequest): Promise<User> {
  const { user } = await http.post<LoginResponse>('/api/auth/login', request);
  return user;
}

export async function logout(): Promise<void> {
  await http.post<void>('/api/auth/logout');
}

/** Chooses a password with a one-time setup token; the server signs the person in (cookie). */
export async function setUpPassword(request: SetupRequest): Promise<User> {
  const { user } = await http.post<LoginResponse>('/api/auth/setup', request);
  return user;
}

/** Changes the signed-in person's password; their other sessions end, this one stays. */
export async function changePassword(request: ChangePasswordRequest): Promise<void> {
  await http.post<void>('/api/auth/password', request);
}
