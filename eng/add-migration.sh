#!/usr/bin/env bash
# Adds one migration, with the same name, to both providers' migrations projects.
# Usage: eng/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: eng/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# Each provider builds its own model: no --no-build, or the second run reuses the first one's output.
for provider in Sqlite Postgres; do
  project=src/Vivier.Migrations.$provider
  dotnet restore "$project" >/dev/null
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
