#!/bin/sh
# The two roles of CPS Access, made once when the database volume is first created (the postgres
# image runs /docker-entrypoint-initdb.d/* as its superuser, and never again on that volume):
# - cps_owner owns the database and its tables and runs the migrations (MIGRATION_DATABASE_URL);
# - cps_app is what the app connects as (DATABASE_URL): after each migration run the owner grants
#   it read and write on the tables, but on audit_events only SELECT and INSERT, and TRUNCATE on
#   nothing, so the app cannot erase the audit trail.
# The superuser (POSTGRES_USER) is for the operator alone. docs/security.md has the same SQL for a
# server set up by hand or a volume made before this file.
set -eu
: "${CPS_OWNER_PASSWORD:?set CPS_OWNER_PASSWORD}"
: "${CPS_APP_PASSWORD:?set CPS_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$CPS_OWNER_PASSWORD" -v app_password="$CPS_APP_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE cps_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE cps_app LOGIN PASSWORD :'app_password';
-- The image made the (still empty) database as the superuser's: it becomes the owner's.
ALTER DATABASE :"db" OWNER TO cps_owner;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO cps_app;
SQL
