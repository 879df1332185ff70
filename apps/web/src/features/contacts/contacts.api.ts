import type { AccessReport, ContactRequest } from '@cps/domain';
import { apiRequest } from '../../api/http';
import { reportPath } from '../screening/screening.api';

/**
 * An initial contact after screen-in. A POST that creates: the key makes a repeat of the same
 * submission (a retry after a lost answer) record it once.
 */
export function recordContact(id: string, body: ContactRequest, idempotencyKey: string): Promise<AccessReport> {
  return apiRequest<AccessReport>('POST', `${reportPath(id)}/contacts`, {
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
