/** GET /api/persons/:id/history (each read is audited, so it is asked for only when a worker opens it). */
export function personHistoryPath(personId: string): string {
  return `/api/persons/${encodeURIComponent(personId)}/history`;
}
