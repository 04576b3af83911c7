#!/usr/bin/env bash
# ./switchboard bench — the load tests against the running local stack; see docs/performance.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODULE="$ROOT/deploy/load-tests"
RESULTS="$MODULE/target/bench"

SECONDS_PER_SCENARIO=60 RATE=200 CONNECTIONS=16 VIEW_USERS=8 VIEW_RATE=100 TICKETS=1000000 VIEWS=1 CREATES=1 WARMUP=60
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) SECONDS_PER_SCENARIO=10 RATE=20 WARMUP=5 TICKETS=0 ;;
    --seconds) SECONDS_PER_SCENARIO="$2"; shift ;;
    --rate) RATE="$2"; shift ;;
    --views-rate) VIEW_RATE="$2"; shift ;;
    --connections) CONNECTIONS="$2"; shift ;;
    --tickets) TICKETS="$2"; shift ;;
    --no-views) VIEWS=0 ;;
    --views-only) CREATES=0 ;;
    *) echo "unknown option $1 (see docs/performance.md)" >&2; exit 2 ;;
  esac
  shift
done

curl -fsS -o /dev/null http://127.0.0.1:8080/q/health/ready 2>/dev/null \
  || { echo "✘ the local stack is not running: start it with ./switchboard up -d" >&2; exit 1; }

# Maven keeps the first of two -D of a name: a step's own results folder is BENCH_RESULTS=… before the call
mvn_bench() { (cd "$MODULE" && "$ROOT/mvnw" -q -B "$@" "-Dbench.results=${BENCH_RESULTS:-$RESULTS}" "-Dbench.state=$ROOT/.switchboard"); }
gatling() { # simulation, run mark, extra properties
  local simulation="$1" run="$2"; shift 2
  mvn_bench gatling:test "-Dgatling.simulationClass=io.switchboard.loadtests.$simulation" "-Dbench.run=$run" "$@"
}
report() { mvn_bench exec:java "-Dexec.mainClass=io.switchboard.loadtests.report.$1" ${2:+"-Dexec.args=$2"}; }
purge_mail() { curl -fsS -o /dev/null -X POST http://127.0.0.1:8185/api/mail/purge || true; } # GreenMail keeps all mail in its heap

rm -rf "$RESULTS"
echo "▶ building the load tests"
mvn_bench test-compile
mark="bench$(date +%s)"

echo "▶ baseline: pgbench with the writes of a create"
report Baseline

if [[ "$CREATES" == 1 ]]; then
  # JIT compilers need thousands of creates, routings and mails before the figures settle (a stack started a
  # minute ago measures a quarter of its warm throughput)
  echo "▶ warm-up: ${WARMUP} s of saturated creates, 8 connections (not reported)"
  purge_mail
  BENCH_RESULTS="$RESULTS/warmup" gatling CreateSaturationSimulation "$mark-warmup" -Dbench.connections=8 "-Dbench.seconds=$WARMUP"
  report AssignLatency "$mark-warmup" >/dev/null

  echo "▶ creates, saturated: $CONNECTIONS connections for $SECONDS_PER_SCENARIO s"
  purge_mail
  report CpuUsage start
  gatling CreateSaturationSimulation "$mark-saturation" "-Dbench.connections=$CONNECTIONS" "-Dbench.seconds=$SECONDS_PER_SCENARIO"
  echo "  waiting until every ticket of it is assigned (the pipeline drains)"
  report AssignLatency "$mark-saturation"
  report CpuUsage "stop $mark-saturation"

  echo "▶ creates at $RATE/s for $SECONDS_PER_SCENARIO s, and created → assigned"
  purge_mail
  gatling CreateRateSimulation "$mark-rate" "-Dbench.rate=$RATE" "-Dbench.seconds=$SECONDS_PER_SCENARIO"
  report AssignLatency "$mark-rate"
fi

if [[ "$VIEWS" == 1 ]]; then
  have="$(PGPASSWORD=switchboard psql -h 127.0.0.1 -p 15432 -U switchboard ticket -Atc 'select count(*) from ticket' 2>/dev/null \
          || echo 0)"
  if (( have < TICKETS )); then
    echo "▶ seeding $((TICKETS - have)) tickets (COPY) to reach $TICKETS"
    mvn_bench exec:java -Dexec.mainClass=io.switchboard.loadtests.seed.Seeder "-Dseed.tickets=$((TICKETS - have))"
  fi
  # the first run also warms the JIT compilers for the second (a fresh ticket-service compiles for minutes)
  echo "▶ operator reads, saturated: $VIEW_USERS operators back to back for $SECONDS_PER_SCENARIO s"
  gatling ViewsSimulation "$mark-views" "-Dbench.connections=$VIEW_USERS" "-Dbench.seconds=$SECONDS_PER_SCENARIO"
  echo "▶ operator reads held to $VIEW_RATE requests/s: $VIEW_USERS operators for $SECONDS_PER_SCENARIO s"
  report CpuUsage start
  BENCH_RESULTS="$RESULTS/views-held" gatling ViewsSimulation "$mark-views-held" "-Dbench.connections=$VIEW_USERS" \
    "-Dbench.seconds=$SECONDS_PER_SCENARIO" "-Dbench.views.rate=$VIEW_RATE"
  report CpuUsage reads
fi

report Summary
echo "Summary: $RESULTS/summary.md"
