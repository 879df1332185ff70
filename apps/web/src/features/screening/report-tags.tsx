/** The "Must screen in" badge (ST-SCREEN-IN): a report with a sex trafficking allegation. */
export function MustScreenInTag() {
  return <span className="usa-tag bg-primary-dark margin-right-05 text-no-wrap">Must screen in</span>;
}

/** A present danger threat asks for a response the same day (PRESENT-DANGER). */
export function PresentDangerTag() {
  return <span className="usa-tag bg-secondary-dark margin-right-05 text-no-wrap">Present danger</span>;
}
