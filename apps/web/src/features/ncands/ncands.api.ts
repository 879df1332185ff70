// GET paths of the NCANDS Child File (admins); the CSV is a plain link (the session cookie goes along).
const query = (fiscalYear: number) => new URLSearchParams({ fiscalYear: String(fiscalYear) }).toString();

export const ncandsValidationPath = (fiscalYear: number) =>
  `/api/reports/ncands-child-file/validation?${query(fiscalYear)}`;
export const ncandsCsvPath = (fiscalYear: number) => `/api/reports/ncands-child-file.csv?${query(fiscalYear)}`;
