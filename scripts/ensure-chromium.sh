#!/bin/sh
# The browser tests drive Debian's Chromium (nothing is downloaded from elsewhere). Install it when it is
# missing and we may (root with apt-get); otherwise say exactly what to do.
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null && exit 0
fi
echo "The browser tests need Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
exit 1
