import type { County, User } from '@cps/domain';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { type FetchMock, jsonResponse } from '../../../test/fetch-mock';

// Shared pieces of the admin component tests.

/** jsdom has <dialog> but not showModal/close; this stand-in opens (focusing the first control) and closes it. */
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
    this.querySelector<HTMLElement>('input, select, textarea, button, a[href]')?.focus();
  };
  proto.close ??= function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

type Answer = [status: number, body?: unknown];

/**
 * Answers by method and path like the API; a list of answers is used in turn (the last one
 * repeats). Anything unexpected fails loudly.
 */
export function serverAnswers(mock: FetchMock, answers: Record<string, Answer | Answer[]>): void {
  const used = new Map<string, number>();
  mock.mockImplementation(async (input, init) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const answer = answers[key];
    if (!answer) throw new Error(`unexpected request ${key}`);
    const list = Array.isArray(answer[0]) ? (answer as Answer[]) : [answer as Answer];
    const index = used.get(key) ?? 0;
    used.set(key, index + 1);
    const [status, body] = list[Math.min(index, list.length - 1)]!;
    return jsonResponse(status, body);
  });
}

/** The requests made so far, as `METHOD path` with the parsed JSON body. */
export function requests(mock: FetchMock): { key: string; body: unknown }[] {
  return mock.mock.calls.map(([input, init]) => ({
    key: `${init?.method ?? 'GET'} ${String(input)}`,
    body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
  }));
}

export function renderAt(path: string, route: string, element: ReactNode) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path={route} element={element} />
        <Route path="/sign-in" element={<h1>Sign-in stub</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

export const counties: County[] = [
  { code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' },
  { code: '55025', name: 'Dane', region: 'BALANCE_OF_STATE' },
];

export const admin: User = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@demo.wi.gov',
  name: 'Dana Admin',
  role: 'ADMIN',
  countyCode: null,
  active: true,
  sexTraffickingTrainingCompletedOn: null,
};

export const worker: User = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'worker.dane@demo.wi.gov',
  name: 'Jordan Nelson',
  role: 'ACCESS_WORKER',
  countyCode: '55025',
  active: true,
  sexTraffickingTrainingCompletedOn: '2018-01-15',
};
