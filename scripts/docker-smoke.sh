#!/usr/bin/env bash
# Builds the Docker image and proves that it runs (not part of `npm test`; needs a Docker daemon,
# python3 and, for the PostgreSQL half, psql and a server that lets it create a database):
#
#   scripts/docker-smoke.sh            # or: npm run docker:smoke
#
# 1. builds the image (`docker build --network host`), unless SMOKE_SKIP_BUILD=1;
# 2. serves a small synthetic .ics feed, written here, from 127.0.0.1 on this machine;
# 3. runs the image on SQLite with a fresh named volume at /data: waits for Docker's own
#    HEALTHCHECK (/healthz) to say healthy, checks /healthz from outside, checks that it runs
#    as a non-root user and that the database file is in the volume, runs
#    `events-bot preview <feed>` inside the container, stops it (SIGTERM, expects exit 0
#    within Docker's 10 s grace), and starts it again on the same volume;
# 4. runs the image on PostgreSQL (a fresh database it creates, reached through
#    --network host), waits for healthy, checks the migrations were applied;
# 5. prints the image size; removes its containers, volume, database and feed server.
#
# Settings (environment): IMAGE (default events-bot), SMOKE_PG_URL (an admin connection,
# default postgresql://postgres@127.0.0.1:5432/postgres), SMOKE_SKIP_BUILD=1, SMOKE_SKIP_PG=1.
# Exits non-zero, with the failing step and the container's last log lines, on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-events-bot}
PG_ADMIN_URL=${SMOKE_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
RUN_ID="smoke-$$"
VOLUME="events-bot-$RUN_ID"
DB_NAME="events_bot_${RUN_ID//-/_}"
WORK=$(mktemp -d /tmp/events-bot-smoke.XXXXXX)
CONTAINERS=()
FEED_PID=""
DB_CREATED=0
STEP="start"

say() { printf '== %s\n' "$*"; }
fail() {
  printf 'docker-smoke: FAILED at "%s": %s\n' "$STEP" "$*" >&2
  exit 1
}
need() { command -v "$1" >/dev/null || fail "$1 is not installed ($2)"; }

cleanup() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    for c in "${CONTAINERS[@]}"; do
      printf -- '--- last log lines of %s ---\n' "$c" >&2
      docker logs --tail 30 "$c" >&2 2>&1 || true
    done
  fi
  for c in "${CONTAINERS[@]}"; do docker rm -f "$c" >/dev/null 2>&1 || true; done
  docker volume rm -f "$VOLUME" >/dev/null 2>&1 || true
  if [ "$DB_CREATED" = 1 ]; then
    psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" >/dev/null 2>&1 \
      || echo "docker-smoke: could not drop database $DB_NAME; drop it by hand" >&2
  fi
  if [ -n "$FEED_PID" ]; then kill "$FEED_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
  if [ "$status" -eq 0 ]; then say "passed"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Waits until Docker's HEALTHCHECK reports healthy; fails if the container stops or turns unhealthy.
wait_healthy() {
  local name=$1 deadline=$((SECONDS + 90)) state
  while :; do
    state=$(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$name" 2>/dev/null) \
      || fail "container $name disappeared"
    case "$state" in
      "running healthy") return 0 ;;
      "running unhealthy") fail "Docker's health check reports $name unhealthy" ;;
      running*) ;;
      *) fail "container $name is not running ($state)" ;;
    esac
    [ "$SECONDS" -lt "$deadline" ] || fail "$name was not healthy within 90 s ($state)"
    sleep 1
  done
}

# Starts the image in the background on the host network; extra arguments go to `docker run`.
run_image() {
  local name=$1 port=$2
  shift 2
  CONTAINERS+=("$name")
  # A short health interval so the smoke test need not wait 30 s; the check itself is the image's.
  docker run -d --name "$name" --network host --health-interval 2s --health-start-period 60s \
    -e HTTP_PORT="$port" -e HTTP_HOST=127.0.0.1 -e CONSOLE_CHAT=off "$@" "$IMAGE" >/dev/null \
    || fail "docker run $name failed"
}

check_healthz() {
  local port=$1 body
  body=$(curl -fsS --max-time 5 "http://127.0.0.1:$port/healthz") || fail "GET /healthz on port $port did not answer 200"
  echo "   /healthz: $body"
}

# Stops with SIGTERM and Docker's default 10 s grace; exit code 0 means it shut down by itself.
stop_cleanly() {
  local name=$1 t0=$SECONDS code
  docker stop "$name" >/dev/null || fail "docker stop $name failed"
  code=$(docker inspect -f '{{.State.ExitCode}}' "$name")
  echo "   stopped in $((SECONDS - t0)) s, exit code $code"
  [ "$code" = 0 ] || fail "$name exited with $code on SIGTERM (137 means Docker had to kill it after 10 s)"
}

STEP="prerequisites"
need docker "see README, Run with Docker"
need curl "used to call /healthz"
need python3 "serves the test feed"
docker info >/dev/null 2>&1 || fail "the Docker daemon is not reachable (is dockerd running?)"

if [ "${SMOKE_SKIP_BUILD:-0}" != 1 ]; then
  STEP="docker build"
  say "building $IMAGE"
  t0=$SECONDS
  docker build --network host -t "$IMAGE" . >"$WORK/build.log" 2>&1 || {
    tail -40 "$WORK/build.log" >&2
    fail "docker build failed (last lines above)"
  }
  echo "   built in $((SECONDS - t0)) s"
fi
docker image inspect "$IMAGE" >/dev/null 2>&1 || fail "no image $IMAGE"

STEP="feed server"
# A synthetic feed: one in-person event in Birmingham a week from now, one online event.
day=$(date -u -d '+7 days' +%Y%m%d)
cat >"$WORK/smoke.ics" <<EOF
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//events-bot//docker smoke//EN
BEGIN:VEVENT
UID:smoke-1@events-bot.invalid
DTSTAMP:${day}T000000Z
DTSTART:${day}T180000Z
DTEND:${day}T200000Z
SUMMARY:Smoke Test Makers Night
LOCATION:Millennium Point, Curzon Street, Birmingham, UK
END:VEVENT
BEGIN:VEVENT
UID:smoke-2@events-bot.invalid
DTSTAMP:${day}T000000Z
DTSTART:${day}T190000Z
DTEND:${day}T200000Z
SUMMARY:Smoke Test Online Talk
LOCATION:Online
URL:https://events-bot.invalid/talk
END:VEVENT
END:VCALENDAR
EOF
FEED_PORT=$(free_port)
python3 -m http.server "$FEED_PORT" --bind 127.0.0.1 --directory "$WORK" >"$WORK/feed.log" 2>&1 &
FEED_PID=$!
FEED_URL="http://127.0.0.1:$FEED_PORT/smoke.ics"
for _ in $(seq 1 50); do curl -fsS -o /dev/null "$FEED_URL" 2>/dev/null && break; sleep 0.1; done
curl -fsS -o /dev/null "$FEED_URL" || fail "the feed server did not start on port $FEED_PORT"

STEP="SQLite: start"
say "SQLite, volume $VOLUME at /data"
docker volume create "$VOLUME" >/dev/null
PORT=$(free_port)
SQLITE="events-bot-$RUN_ID-sqlite"
t0=$SECONDS
run_image "$SQLITE" "$PORT" -v "$VOLUME:/data"
wait_healthy "$SQLITE"
echo "   healthy after $((SECONDS - t0)) s"
check_healthz "$PORT"

STEP="SQLite: user and volume"
uid=$(docker exec "$SQLITE" id -u)
[ "$uid" != 0 ] || fail "the service runs as root"
docker exec "$SQLITE" test -s /data/events.db || fail "no database file /data/events.db in the volume"
echo "   runs as uid $uid; /data/events.db is in the volume"

STEP="preview inside the container"
docker exec "$SQLITE" events-bot preview "$FEED_URL" --near "Birmingham, UK" >"$WORK/preview.txt" 2>&1 || {
  cat "$WORK/preview.txt" >&2
  fail "events-bot preview exited non-zero"
}
sed 's/^/   | /' "$WORK/preview.txt"
grep -q '2 events' "$WORK/preview.txt" || fail "preview did not read the feed's 2 events"
grep -q '✔ would post  Smoke Test Makers Night' "$WORK/preview.txt" || fail "preview would not post the in-person event"
grep -q '✘ skip: online only  Smoke Test Online Talk' "$WORK/preview.txt" || fail "preview did not skip the online event"

STEP="SQLite: stop and restart on the same volume"
stop_cleanly "$SQLITE"
docker rm "$SQLITE" >/dev/null
SQLITE2="$SQLITE-again"
run_image "$SQLITE2" "$PORT" -v "$VOLUME:/data"
wait_healthy "$SQLITE2"
check_healthz "$PORT"
stop_cleanly "$SQLITE2"

if [ "${SMOKE_SKIP_PG:-0}" != 1 ]; then
  STEP="PostgreSQL: create database"
  need psql "creates and drops the test database"
  say "PostgreSQL, database $DB_NAME"
  psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE \"$DB_NAME\"" >/dev/null || fail "could not create database $DB_NAME through $PG_ADMIN_URL"
  DB_CREATED=1
  DB_URL="${PG_ADMIN_URL%/*}/$DB_NAME"

  STEP="PostgreSQL: start"
  PORT=$(free_port)
  PG="events-bot-$RUN_ID-pg"
  t0=$SECONDS
  run_image "$PG" "$PORT" -e DATABASE_URL="$DB_URL"
  wait_healthy "$PG"
  echo "   healthy after $((SECONDS - t0)) s"
  check_healthz "$PORT"
  applied=$(psql -tA "$DB_URL" -c 'SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL') \
    || fail "no _prisma_migrations table in $DB_NAME"
  [ "$applied" -gt 0 ] || fail "no migration was applied to $DB_NAME"
  echo "   $applied migrations applied"
  STEP="PostgreSQL: stop"
  stop_cleanly "$PG"
fi

STEP="image size"
size=$(docker image inspect -f '{{.Size}}' "$IMAGE")
base=$(docker image inspect -f '{{.Size}}' node:20-bookworm-slim 2>/dev/null || echo 0)
say "image $IMAGE: $((size / 1000000)) MB (base node:20-bookworm-slim: $((base / 1000000)) MB)"
