#!/bin/sh
# npm audit --omit=dev --audit-level=high, for CI: fails on a high or critical advisory in a
# production dependency. When the registry's audit endpoint cannot be reached or refuses the query
# (this network's registry mirror answers 405 to it), it says loudly that nothing was checked.
out=$(npm audit --omit=dev --audit-level=high --json 2>/dev/null)
status=$?
if printf '%s' "$out" | grep -q '"auditReportVersion"'; then
  if [ "$status" -eq 0 ]; then
    echo "npm audit: no high or critical advisories in the production dependencies."
    exit 0
  fi
  npm audit --omit=dev --audit-level=high
  exit 1
fi
reason=$(printf '%s' "$out" | sed -n 's/^  "message": "\(.*\)",$/\1/p' | head -n 1)
echo "npm audit: NOT CHECKED. The registry's audit endpoint did not answer (${reason:-no response}); run it where the registry allows it."
