#!/usr/bin/env bash
# Runs the product on the embedded default: builds the browser app, then starts the server on
# http://127.0.0.1:5080 with the definitions in definitions/. Extra arguments go to the server
# (for example --urls http://0.0.0.0:8080).
set -euo pipefail
cd "$(dirname "$0")/.."

(cd designer && npm ci --no-audit --no-fund && npm run build)
exec dotnet run --project engine/Governance.Server -c Release -- "$@"
