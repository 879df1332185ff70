import type { LoginRequest, User } from '@cps/domain';
import { http } from '../../api/http';

export const CURRENT_USER_PATH = '/api/auth/me';

// The browser session lives in the httpOnly cookie the server sets; the token in the
// body is for scripts, so the web app never stores it.
type LoginResponse = { token: string; user: User };

export async function login(request: LoginRequest): Promise<User> {
  const { user } = await http.post<LoginResponse>('/api/auth/login', request);
  return user;
}

export async function logout(): Promise<void> {
  await http.post<void>('/api/auth/logout');
}
