// The floor of `npm run bench:intake`: create and submit done with the API's own SQL statements
// and domain functions (session check, validation, rules, the report's response), on a plain
// node:http server with a pg pool of the same size: NestJS, Fastify and their hooks left out.
// It shows what this machine can do for the same work at all. Needs the built API (apps/api/dist).
const http = require('node:http');
const path = require('node:path');
const { Pool } = require('pg');
const dist = path.resolve(__dirname, '../../apps/api/dist');
const { loadEnv } = require(`${dist}/common/env`);
const { run } = require(`${dist}/common/sql`);
const { hashToken } = require(`${dist}/auth/session-token`);
const { sessionStatement, toSessionUser } = require(`${dist}/auth/session.sql`);
const { newReportRow } = require(`${dist}/access-reports/draft-rows`);
const { createAllNewStatement, submitStatement } = require(`${dist}/access-reports/access-report.statements`);
const { loadStatement, reviveReport } = require(`${dist}/access-reports/report-read.statements`);
const { toDraftDocument, toReportDto } = require(`${dist}/access-reports/report.mapper`);
const { toDateOnly } = require(`${dist}/users/user.mapper`);
const { draftIssues, draftSchema, submitIssues, submitSchema, submitViolations } = require('@cps/domain');

const env = loadEnv();
const pool = new Pool({ connectionString: env.DATABASE_URL, max: 10 });

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function handle(req, body) {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const [session] = token
    ? await run(pool, 'session-touch', sessionStatement(hashToken(token, env.SESSION_SECRET)))
    : [];
  if (!session || session.revokedAt || !session.active) return [401, { message: 'Sign in first' }];
  const user = toSessionUser(session);
  const input = JSON.parse(body);
  if (req.url === '/api/access-reports') {
    const draft = draftSchema.parse(input);
    if (draftIssues(draft, new Date()).length) return [400, { message: 'invalid' }];
    const now = new Date();
    const row = newReportRow(draft, user, now);
    const statement = createAllNewStatement(row, req.socket.remoteAddress);
    const [{ reportNumber, holidays }] = await run(pool, 'report-create', statement);
    return [201, toReportDto({ ...row, reportNumber }, { holidays, now, actor: user })];
  }
  const id = /^\/api\/access-reports\/([0-9a-f-]{36})\/submit$/.exec(req.url)?.[1];
  if (!id) return [404, { message: 'No route' }];
  const [loaded] = await run(pool, 'report-load', loadStatement(id));
  const row = loaded ? reviveReport(loaded) : null;
  if (!row || row.countyCode !== user.countyCode) return [404, { message: 'Access report not found' }];
  const { version } = submitSchema.parse(input);
  const document = toDraftDocument(row);
  const r = document.recommendation;
  if (submitIssues(document, r).length || row.status !== 'DRAFT' || row.version !== version)
    return [409, { message: 'conflict' }];
  if (
    submitViolations(document, r, {
      sexTraffickingTrainingCompletedOn: toDateOnly(user.sexTraffickingTrainingCompletedOn),
    })[0]
  )
    return [422, { message: 'rule' }];
  const choice = {
    decision: r.decision,
    screenOutReason: null,
    responseTime: r.responseTime ?? null,
    rationale: r.rationale ?? null,
  };
  const at = new Date();
  const [{ moved, holidays }] = await run(
    pool,
    'report-submit',
    submitStatement({ reportId: id, version, userId: user.id, ip: req.socket.remoteAddress, at }, choice),
  );
  if (!moved) return [409, { message: 'conflict' }];
  const submitted = {
    ...row,
    status: 'AWAITING_SUPERVISOR',
    version: row.version + 1,
    submittedAt: at,
    updatedAt: at,
    recommendation: {
      reportId: id,
      ...choice,
      recommendedById: user.id,
      recommendedAt: at,
      recommendedBy: { id: user.id, name: user.name },
    },
  };
  return [200, toReportDto(submitted, { holidays, now: at, actor: user })];
}

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    handle(req, body).then(
      ([status, payload]) => send(res, status, payload),
      (error) => send(res, 500, { message: String(error) }),
    );
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('Press Ctrl-C\n'));
process.on('SIGINT', () => server.close(() => pool.end().then(() => process.exit(0))));
