import type { Period } from '@cps/domain';

// GET paths of the statistics endpoints; the CSV is a plain link (the session cookie goes along).

const query = (period: Period, suppress = false) => {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  if (suppress) q.set('suppress', 'true');
  return q.toString();
};

export const sexTraffickingPath = (period: Period, suppress: boolean) =>
  `/api/reports/sex-trafficking?${query(period, suppress)}`;
export const sexTraffickingCsvPath = (period: Period, suppress: boolean) =>
  `/api/reports/sex-trafficking.csv?${query(period, suppress)}`;
export const compliancePath = (period: Period) => `/api/reports/compliance?${query(period)}`;
