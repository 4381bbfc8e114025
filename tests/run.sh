#!/usr/bin/env bash
# Runs every test suite. Installs what the tests need where it is missing (PostgreSQL for the
# throwaway clusters the storage tests start, Chromium and CJK fonts for browser tests, LibreOffice to read exported workbooks), builds the
# browser app (type-checked) and runs its model tests, then runs all xUnit suites and prints one closing line.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
# The report tests convert exported workbooks to CSV with LibreOffice, a second reader beside ExcelDataReader.
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  sudo_ apt-get update -q
  sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

echo "== designer"
# The browser tests serve designer/dist, so it is built (type-checked) before them; the model tests run under node.
(cd designer && npm ci --no-audit --no-fund && npm run build && npm test)

echo "== build"
dotnet build Governance.sln -c Release -nologo -clp:ErrorsOnly

echo "== tests"
log=$(mktemp)
set +e
dotnet test Governance.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
