import type {
  CreatedUser,
  CreateUserRequest,
  HolidayEntry,
  PasswordResetResponse,
  UpdateUserRequest,
  User,
  UserPage,
} from '@cps/domain';
import { apiRequest, http } from '../../api/http';

// Calls of the admin pages (docs/http-api.md, "Users, training, calendar" and "Audit").

export const USERS_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 50;
/** The API's largest page; the audit filter's user list reads every user with it. */
const MAX_PAGE_SIZE = 200;

export const usersPath = (page: number, pageSize = USERS_PAGE_SIZE) => `/api/users?page=${page}&pageSize=${pageSize}`;

/** The new user, with the one-time setup link for the person (an admin never sets a password). */
export const createUser = (body: CreateUserRequest) => apiRequest<CreatedUser>('POST', '/api/users', { body });

/** Ends the user's sessions, voids their password and gives a new one-time setup link. */
export const resetPassword = (id: string) =>
  apiRequest<PasswordResetResponse>('POST', `/api/users/${encodeURIComponent(id)}/password-reset`);

export const updateUser = (id: string, body: UpdateUserRequest) =>
  apiRequest<User>('PATCH', `/api/users/${encodeURIComponent(id)}`, { body });

/** Every user, page after page (the audit log names users and filters by them). */
export async function fetchAllUsers(signal: AbortSignal): Promise<User[]> {
  const users: User[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await http.get<UserPage>(usersPath(page, MAX_PAGE_SIZE), signal);
    users.push(...items);
    if (items.length === 0 || users.length >= total) return users;
  }
}

export const holidaysPath = (year: number) => `/api/calendar/holidays?year=${year}`;

export const createHoliday = (holiday: HolidayEntry) =>
  apiRequest<HolidayEntry>('POST', '/api/calendar/holidays', { body: holiday });

export const deleteHoliday = (date: string) =>
  apiRequest<void>('DELETE', `/api/calendar/holidays/${encodeURIComponent(date)}`);

export type AuditFilters = {
  userId: string;
  action: string;
  reportId: string;
  entityId: string;
  from: string;
  to: string;
};

export function auditEventsPath(filters: AuditFilters, page: number, pageSize = AUDIT_PAGE_SIZE): string {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  for (const [name, value] of Object.entries(filters)) if (value !== '') query.set(name, value);
  return `/api/audit-events?${query.toString()}`;
}
