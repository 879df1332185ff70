import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { IntakePage } from '../../../routes/intake-page';
import { type IntakeTimings, TimingsContext } from '../intake-context';

/** Short waits, so a test sees autosave, retries and search without fake timers. */
export const fastTimings: Partial<IntakeTimings> = {
  saveDelayMs: 40,
  retryBaseMs: 40,
  retryMaxMs: 200,
  checkDelayMs: 0,
  searchDelayMs: 10,
};

function Location() {
  return <p data-testid="location">{useLocation().pathname}</p>;
}

/** The intake page at `path`, inside the routes the app has for it. */
export function renderIntake(path = '/reports/new', timings: Partial<IntakeTimings> = fastTimings) {
  return render(
    <TimingsContext.Provider value={timings}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/reports/new" element={<IntakePage />} />
          <Route path="/reports/:id/edit" element={<IntakePage />} />
          <Route path="/reports/:id" element={<h1>Report page stub</h1>} />
          <Route path="/sign-in" element={<h1>Sign-in stub</h1>} />
        </Routes>
        <Location />
      </MemoryRouter>
    </TimingsContext.Provider>,
  );
}

export const location = () => screen.getByTestId('location').textContent;
export const saveStatus = () => screen.getByTestId('save-status');
