import { auditActions } from '@cps/domain';

// Plain words for the audit trail's action and record codes (apps/api writes them; the action
// words are shared with the API's list of actions in @cps/domain).

const actions: Record<string, string> = auditActions;

const recordTypes: Record<string, string> = {
  User: 'User',
  Holiday: 'Holiday',
  HolidayYear: 'Holiday year',
  AccessReport: 'Access report',
  Allegation: 'Allegation',
  Person: 'Person',
  AccessReportList: 'List of access reports',
  MissingEpisode: 'Missing-from-care episode',
  MissingEpisodeList: 'List of missing-from-care episodes',
  AuditEvent: 'Audit log',
  Statistics: 'Statistics',
};

/** 'user.created' → 'Created a user'; an unknown code still reads as words ('Report exported'). */
export function actionLabel(action: string): string {
  return actions[action] ?? sentence(action.replace(/[._]+/g, ' '));
}

/** 'AccessReport' → 'Access report'. */
export function recordTypeLabel(entityType: string): string {
  return recordTypes[entityType] ?? sentence(entityType.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
