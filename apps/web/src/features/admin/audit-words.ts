// Plain words for the audit trail's action and record codes (apps/api writes them).

const actions: Record<string, string> = {
  'auth.login': 'Signed in',
  'auth.login_failed': 'Sign-in failed',
  'auth.login_throttled': 'Sign-in blocked after repeated failures',
  'auth.logout': 'Signed out',
  'auth.password_set': 'Chose a password with a setup link',
  'auth.setup_failed': 'Setup link refused (used, expired or unknown)',
  'auth.password_changed': 'Changed their own password',
  'auth.password_change_failed': 'Password change refused: the current password was wrong',
  'user.password_reset': "Reset a user's password",
  'user.setup_link_reissued': 'Gave a new setup link for a repeated request',
  'user.created': 'Created a user',
  'user.updated': 'Changed a user',
  'holiday.created': 'Added a holiday',
  'holiday.deleted': 'Removed a holiday',
  'calendar.seeded': 'Added the standard holidays of a year',
  'persons.searched': 'Searched for people',
  'report.created': 'Started an access report',
  'report.draft_saved': 'Saved an access report draft',
  'report.read': 'Opened an access report',
  'report.submitted': 'Submitted an access report for screening',
  'report.decided': 'Made a screening decision',
  'report.law_enforcement_notified': 'Recorded a law enforcement notification',
  'report.tribe_notified': 'Recorded a tribal notification',
  'allegation.finding_recorded': 'Recorded a finding',
};

const recordTypes: Record<string, string> = {
  User: 'User',
  Holiday: 'Holiday',
  HolidayYear: 'Holiday year',
  AccessReport: 'Access report',
  Allegation: 'Allegation',
  Person: 'Person',
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
