export const COUNTIES_PATH = '/api/reference/counties';
