import type { User } from '@cps/domain';
import { accessReport } from '../screening/test-reports';
import { draftStart, newReportStart } from './intake-start';

const worker: User = {
  id: 'u1',
  email: 'ana@county.example',
  name: 'Ana Ruiz',
  role: 'ACCESS_WORKER',
  countyCode: '55079',
  active: true,
  sexTraffickingTrainingCompletedOn: '2018-01-15',
};

afterEach(() => localStorage.clear());

// The intake's "Hand on" leaves out whoever holds the draft: the start says who that is.
test('a saved draft starts with its assignee, who may be someone else or nobody (transferred in)', () => {
  const handedToSam = accessReport({ status: 'DRAFT', assignedTo: { id: 'u2', name: 'Sam Lee' } });
  expect(draftStart(worker, handedToSam).assigneeId).toBe('u2');
  expect(draftStart(worker, accessReport({ status: 'DRAFT', assignedTo: null })).assigneeId).toBeNull();
});

test('a new report has no saved assignee yet: the worker typing it becomes its assignee', () => {
  expect(newReportStart(worker, '55079').assigneeId).toBeUndefined();
});
