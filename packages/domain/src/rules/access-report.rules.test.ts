import {
  decisionConflict,
  editConflict,
  notifiedAtIssues,
  staleVersionMessage,
  storedChoice,
} from './access-report.rules';

describe('editConflict', () => {
  it('lets a draft at the version read change', () => {
    expect(editConflict({ status: 'DRAFT', version: 3 }, 3)).toBeNull();
  });

  it('refuses a submitted or decided report, whatever the version', () => {
    for (const status of ['AWAITING_SUPERVISOR', 'SCREENED_IN', 'SCREENED_OUT'] as const) {
      expect(editConflict({ status, version: 3 }, 3)).toBe('The report was submitted and can no longer be edited');
    }
  });

  it('refuses an older version, naming the current one', () => {
    expect(editConflict({ status: 'DRAFT', version: 4 }, 3)).toBe(staleVersionMessage(4));
    expect(staleVersionMessage(4)).toBe(
      'The report changed since you read it: version 4 is current. Reload it to see what changed.',
    );
  });
});

describe('decisionConflict', () => {
  it('lets a report awaiting its supervisor at the version read be decided', () => {
    expect(decisionConflict({ status: 'AWAITING_SUPERVISOR', version: 2 }, 2)).toBeNull();
  });

  it('refuses a draft, a decided report and an older version', () => {
    expect(decisionConflict({ status: 'DRAFT', version: 2 }, 2)).toBe('The report has not been submitted yet');
    expect(decisionConflict({ status: 'SCREENED_OUT', version: 3 }, 3)).toBe(
      'The report has already been decided; decisions are final',
    );
    expect(decisionConflict({ status: 'AWAITING_SUPERVISOR', version: 3 }, 2)).toBe(staleVersionMessage(3));
  });
});

describe('storedChoice', () => {
  const all = { screenOutReason: 'OTHER', responseTime: 'SAME_DAY', rationale: 'why' } as const;

  it('keeps the response time of a screen-in, not a reason', () => {
    expect(storedChoice({ decision: 'SCREEN_IN', ...all })).toEqual({
      decision: 'SCREEN_IN',
      screenOutReason: null,
      responseTime: 'SAME_DAY',
      rationale: 'why',
      duplicateOfReportId: null,
    });
  });

  it('keeps the reason of a screen-out, not a response time', () => {
    expect(storedChoice({ decision: 'SCREEN_OUT', ...all })).toEqual({
      decision: 'SCREEN_OUT',
      screenOutReason: 'OTHER',
      responseTime: null,
      rationale: 'why',
      duplicateOfReportId: null,
    });
  });

  it('stores what is left out as null', () => {
    expect(storedChoice({ decision: 'SCREEN_IN' })).toEqual({
      decision: 'SCREEN_IN',
      screenOutReason: null,
      responseTime: null,
      rationale: null,
      duplicateOfReportId: null,
    });
  });

  it('keeps the original only with a screen-out as a duplicate report', () => {
    const id = '00000000-0000-4000-8000-000000000002';
    const asDuplicate = { screenOutReason: 'DUPLICATE_REPORT', duplicateOfReportId: id } as const;
    expect(storedChoice({ decision: 'SCREEN_OUT', ...asDuplicate }).duplicateOfReportId).toBe(id);
    expect(storedChoice({ decision: 'SCREEN_IN', ...asDuplicate }).duplicateOfReportId).toBeNull();
    expect(
      storedChoice({ decision: 'SCREEN_OUT', screenOutReason: 'OTHER_JURISDICTION', duplicateOfReportId: id })
        .duplicateOfReportId,
    ).toBeNull();
  });
});

describe('notifiedAtIssues', () => {
  const now = new Date('2026-03-10T15:00:00.000Z');
  const received = '2026-03-10T12:00:00.000Z';

  it('accepts a time between the report being received and now, and a few minutes of clock drift', () => {
    expect(notifiedAtIssues('2026-03-10T12:00:00.000Z', received, now)).toEqual([]);
    expect(notifiedAtIssues('2026-03-10T15:05:00.000Z', new Date(received), now)).toEqual([]);
    expect(notifiedAtIssues('2020-01-01T00:00:00.000Z', null, now)).toEqual([]);
  });

  it('refuses a time in the future', () => {
    expect(notifiedAtIssues('2026-03-10T15:05:00.001Z', received, now)).toEqual([
      { path: 'notifiedAt', message: 'must not be in the future' },
    ]);
  });

  it('refuses a time before the report was received', () => {
    expect(notifiedAtIssues('2026-03-10T11:59:59.999Z', received, now)).toEqual([
      { path: 'notifiedAt', message: 'must not be before the report was received' },
    ]);
  });
});
