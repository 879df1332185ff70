import type { User } from '@cps/domain';
import type { SessionUser } from '../common/auth.decorators';

/** The columns of a user that the API shows and the session carries. */
export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  countyCode: true,
  active: true,
  sexTraffickingTrainingCompletedOn: true,
} as const;

/** A `@db.Date` column's value as the calendar date it holds ('YYYY-MM-DD'). */
export function toDateOnly(date: Date): string;
export function toDateOnly(date: Date | null): string | null;
export function toDateOnly(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** The other way: a calendar date ('YYYY-MM-DD') as a `@db.Date` column holds it, UTC midnight. */
export function fromDateOnly(date: string): Date;
export function fromDateOnly(date: string | null | undefined): Date | null;
export function fromDateOnly(date: string | null | undefined): Date | null {
  return date ? new Date(`${date}T00:00:00.000Z`) : null;
}

/** The `user` of docs/http-api.md: no hash, no timestamps. */
export function toUserDto(user: SessionUser): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    countyCode: user.countyCode,
    active: user.active,
    sexTraffickingTrainingCompletedOn: toDateOnly(user.sexTraffickingTrainingCompletedOn),
  };
}
