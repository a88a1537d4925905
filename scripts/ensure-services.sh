#!/bin/sh
# The PostgreSQL and multi-instance tests use Debian's PostgreSQL, Redis and nginx (started by the
# tests themselves on loopback, never as system services). Install them when they are missing and we
# may (root with apt-get); otherwise say what to install and exit 1.
have() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v redis-server >/dev/null 2>&1 && { command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; }; }
have && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's postgresql, redis-server and nginx for the PostgreSQL and multi-instance tests..."
  # policy-rc.d: the packages' own services are not started; the tests start their own
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql redis-server nginx >/dev/null
  status=$?
  rm -f /usr/sbin/policy-rc.d
  [ $status -eq 0 ] && have && exit 0
fi
echo "The PostgreSQL and multi-instance tests need PostgreSQL, Redis and nginx: run 'sudo apt-get install -y postgresql redis-server nginx'." >&2
exit 1
