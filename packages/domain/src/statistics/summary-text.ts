import type { CountyCounts, SexTraffickingResponse } from './county-report';
import { formatCount, formatLongDate, formatShare } from './report-display';
import type { SummaryCounts } from './sex-trafficking-report.schema';

// The report's summary in words, in the person-first language of the Task Force's Guiding
// Principles: "child", "youth", never a word that labels a child by what was done to them.

const count = (n: number | null, one: string, many: string) =>
  n === null ? `a suppressed number of ${many}` : `${formatCount(n)} ${n === 1 ? one : many}`;

const share = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole === 0 ? '' : ` (${formatShare(part, whole)})`;

const were = (n: number | null) => (n === 1 ? 'was' : 'were');

const rate = (r: number | null) => (r === null ? null : `${(Math.round(r * 1000) / 10).toFixed(1)}%`);

function split(c: SummaryCounts, noun: string): string {
  const m = c.milwaukee;
  const b = c.balanceOfState;
  // "Of the 422 allegations, …"; with the total hidden, "Of these allegations, …" (never "Of the a suppressed number").
  const whole = c.total === null ? `these ${noun}s` : `the ${count(c.total, noun, `${noun}s`)}`;
  return (
    `Of ${whole}, ${m === null ? 'a suppressed number' : formatCount(m)}${share(m, c.total)} ${were(m)} in Milwaukee County ` +
    `and ${b === null ? 'a suppressed number' : formatCount(b)}${share(b, c.total)} ${were(b)} in the balance of state (the other 71 counties).`
  );
}

/**
 * Paragraphs for the top of the statistics page. `place` is "Wisconsin" for the statewide report
 * or the supervisor's county ("Dane County"); the Milwaukee / balance-of-state split is given
 * only statewide.
 */
export function summaryParagraphs(report: SexTraffickingResponse, place: string): string[] {
  const { period } = report;
  const when = `From ${formatLongDate(period.from)} through ${formatLongDate(period.to)}`;
  const where = place === 'Wisconsin' ? 'across Wisconsin' : `in ${place}`;
  // A county's report has one column: its counts read as the whole.
  const asWhole = (c: SummaryCounts | CountyCounts): SummaryCounts =>
    'county' in c ? { milwaukee: null, balanceOfState: null, total: c.county, suppressed: c.suppressed } : c;
  const summary = {
    allegations: asWhole(report.summary.allegations),
    uniqueChildren: asWhole(report.summary.uniqueChildren),
    substantiated: asWhole(report.summary.substantiated),
    substantiatedUniqueChildren: asWhole(report.summary.substantiatedUniqueChildren),
    substantiationRate: report.summary.substantiationRate,
  };
  const statewide = report.scope.countyCode === null;
  const a = summary.allegations;
  if (a.total === 0) {
    return [`${when}, there were no screened-in allegations of child sex trafficking ${where}.`];
  }
  const children = summary.uniqueChildren.total;
  const repeat =
    a.total !== null && children !== null && a.total > children ? ', as some youth had more than one allegation' : '';
  const out = [
    `${when}, there ${a.total === 1 ? 'was' : 'were'} ${count(a.total, 'screened-in allegation', 'screened-in allegations')} of child sex trafficking ${where}, ` +
      `involving ${count(children, 'unique child', 'unique children')}${repeat}.`,
  ];
  if (statewide) out.push(split(a, 'allegation'));

  const s = summary.substantiated;
  const sc = summary.substantiatedUniqueChildren;
  const stRate = rate(summary.substantiationRate.sexTrafficking);
  if (s.total === 0) {
    out.push('None of these allegations has been substantiated so far.');
  } else {
    out.push(
      `${count(s.total, 'allegation was', 'allegations were')} substantiated, involving ${count(sc.total, 'unique child', 'unique children')}` +
        `${stRate ? `: a substantiation rate of ${stRate} for child sex trafficking allegations` : ''}.`,
    );
    if (statewide) out.push(split(s, 'substantiated allegation'));
  }
  const all = rate(summary.substantiationRate.allAllegations);
  const sexualAbuse = rate(summary.substantiationRate.sexualAbuse);
  if (all && sexualAbuse) {
    out.push(
      `For comparison, in the same period ${where} the substantiation rate was ${all} for all child abuse and neglect allegations and ${sexualAbuse} for all sexual abuse allegations.`,
    );
  }
  return out.map((p) => p.charAt(0).toUpperCase() + p.slice(1));
}
