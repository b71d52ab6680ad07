#!/bin/sh
# One database per service on the shared server, each owned by its own role.
set -eu
for service in intake workflow registry payments; do
  password_var="$(echo "${service}" | tr a-z A-Z)_DB_PASSWORD"
  password="$(eval echo "\${${password_var}}")"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
CREATE ROLE qorgau_${service} LOGIN PASSWORD '${password}';
CREATE DATABASE qorgau_${service} OWNER qorgau_${service};
SQL
done
