# Sourced by test.sh and tests/load/run.sh: a throwaway PostgreSQL from Debian's postgresql package (installed with apt
# when missing and root). start_throwaway_postgres [extra server options] runs initdb in a temporary folder as the
# postgres user and starts the server on 127.0.0.1 at a free port, setting pg_port, pg_bin and pg_dir; the server is
# stopped and its folder removed on exit, whatever the outcome.

find_or_install_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ]; then
    if [ "$(id -u)" = "0" ]; then
      echo "== installing Debian's postgresql (apt)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    else
      echo "PostgreSQL is missing and this is not root: install it with 'sudo apt-get install -y postgresql', then run again." >&2
      exit 1
    fi
  fi
}

as_pg() { if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }

stop_throwaway_postgres() {
  if [ -n "${pg_dir:-}" ]; then
    as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate -w stop" >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}

start_throwaway_postgres() {
  local options=${1:-} try
  find_or_install_postgres
  pg_dir=$(mktemp -d)
  trap stop_throwaway_postgres EXIT
  if [ "$(id -u)" = "0" ]; then chown postgres "$pg_dir"; fi
  as_pg "'$pg_bin/initdb' -D '$pg_dir/data' -A trust -U postgres >/dev/null"
  pg_port=""
  for _ in 1 2 3 4 5 6 7 8; do
    try=$((20000 + RANDOM % 30000))
    if as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -o \"-p $try -k '$pg_dir' -c listen_addresses=127.0.0.1 -c max_connections=300 $options\" -l '$pg_dir/log' -w start" >/dev/null; then
      pg_port=$try
      break
    fi
  done
  if [ -z "$pg_port" ]; then
    echo "could not start the throwaway PostgreSQL; its log:" >&2
    cat "$pg_dir/log" >&2 || true
    exit 1
  fi
  echo "== throwaway PostgreSQL on 127.0.0.1:$pg_port ($("$pg_bin/postgres" --version))"
}
