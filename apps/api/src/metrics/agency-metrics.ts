import { Gauge, type Registry } from 'prom-client';
import type { AgencyCountsRow } from './agency-counts.statements';

// The counts that matter to the agency, as gauges set from one query per scrape. Statewide series
// are always there (0 included) so an alert on them never lacks data; per-county series exist for
// the counties with something open. The county code is public (a FIPS code), never a person.

const CLOCKS = [
  ['LE-12H', 'le'],
  ['TRIBE-24H', 'tribe'],
  ['RESPONSE-TIME', 'response'],
  ['MISSING-LE-8H', 'missingPolice'],
  ['MISSING-NCMEC-24H', 'missingNcmec'],
] as const;

const EPISODE_STATUSES = [
  ['MISSING', 'missing'],
  ['LOCATED_AWAITING_SCREEN', 'awaitingScreen'],
] as const;

export class AgencyMetrics {
  private readonly overdue: Gauge<'clock'>;
  private readonly countyOverdue: Gauge<'clock' | 'county'>;
  private readonly episodes: Gauge<'status'>;
  private readonly countyEpisodes: Gauge<'status' | 'county'>;
  private readonly up: Gauge;

  constructor(registry: Registry) {
    const registers = [registry];
    this.overdue = new Gauge({
      name: 'cps_clocks_overdue',
      help: 'Statewide: reports (episodes for MISSING-*) whose clock is OVERDUE: required, not done, due time passed',
      labelNames: ['clock'],
      registers,
    });
    this.countyOverdue = new Gauge({
      name: 'cps_county_clocks_overdue',
      help: 'As cps_clocks_overdue, per county (FIPS code), for counties with an open clock or episode',
      labelNames: ['clock', 'county'],
      registers,
    });
    this.episodes = new Gauge({
      name: 'cps_missing_episodes_open',
      help: 'Statewide: missing-from-care episodes not yet closed, by status',
      labelNames: ['status'],
      registers,
    });
    this.countyEpisodes = new Gauge({
      name: 'cps_county_missing_episodes_open',
      help: 'As cps_missing_episodes_open, per county (FIPS code), for counties with an open clock or episode',
      labelNames: ['status', 'county'],
      registers,
    });
    this.up = new Gauge({
      name: 'cps_agency_counts_up',
      help: '1 when the agency counts of this scrape were read from the database, 0 when the query failed',
      registers,
    });
  }

  /** The gauges as of one query's rows (the statewide row has county null). */
  set(rows: readonly AgencyCountsRow[]): void {
    this.clear();
    for (const row of rows) {
      for (const [clock, key] of CLOCKS) {
        if (row.county === null) this.overdue.labels(clock).set(row[key]);
        else this.countyOverdue.labels(clock, row.county).set(row[key]);
      }
      for (const [status, key] of EPISODE_STATUSES) {
        if (row.county === null) this.episodes.labels(status).set(row[key]);
        else this.countyEpisodes.labels(status, row.county).set(row[key]);
      }
    }
    this.up.set(1);
  }

  /** No counts rather than stale ones: the scrape still answers, with cps_agency_counts_up 0. */
  failed(): void {
    this.clear();
    this.up.set(0);
  }

  private clear(): void {
    for (const gauge of [this.overdue, this.countyOverdue, this.episodes, this.countyEpisodes]) gauge.reset();
  }
}
