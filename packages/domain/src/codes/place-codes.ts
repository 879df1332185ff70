import type { CodeLabel } from './code-lists';

// The code lists of the incident and of where a child is now (docs/domain.md, "Incident",
// "Where the child is now"). Stored as text; these lists are the values the API accepts.

export const incidentLocationTypes = [
  { code: 'RESIDENCE', label: 'A residence' },
  { code: 'HOTEL_MOTEL', label: 'Hotel or motel' },
  { code: 'VEHICLE', label: 'Vehicle' },
  { code: 'STREET_OUTDOORS', label: 'Street or outdoors' },
  { code: 'SCHOOL', label: 'School' },
  { code: 'ONLINE', label: 'Online' },
  { code: 'OTHER', label: 'Other' },
  { code: 'UNKNOWN', label: 'Unknown' },
] as const satisfies readonly CodeLabel[];

export const safeNowValues = [
  { code: 'YES', label: 'Yes, safe now' },
  { code: 'NO', label: 'No, not safe now' },
  { code: 'UNKNOWN', label: 'Not known' },
] as const satisfies readonly CodeLabel[];
