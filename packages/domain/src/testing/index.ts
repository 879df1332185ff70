// `@cps/domain/testing`: builders and fixtures that tests of every package share. Not part of the
// domain's runtime API (`@cps/domain`), and never imported by code that ships.
export * from './draft-builder';
export * from './report-fixture';
