#!/usr/bin/env bash
# Runs the whole benchmark suite (8 to 11 minutes on 2 cores) and writes results/latest.md.
# Arguments are passed to the suite: --quick (a smoke run of every part), --full (every JMH
# parameter for both schemas), --skip=jmh,e2e,stream,throttle,coldstart,startup, --e2e-rounds=N (4),
# --cold-start-rounds=N (20), --cold-start-warm-up-off, --cold-start-send-delay=MS, --startup-rounds=N (8).
set -euo pipefail
cd "$(dirname "$0")/.."
# Installs the starter and its parents, which the startup benchmark's class path resolves.
mvn -B -q -pl eventgrid-benchmarks,eventgrid-spring-boot-starter -am install -Pbenchmarks -DskipTests
mvn -B -q -f eventgrid-benchmarks/startup/pom.xml dependency:build-classpath@without-starter \
	dependency:build-classpath@with-starter -Dstartup.output="$PWD/eventgrid-benchmarks/target/startup"
mvn -B -q -f eventgrid-benchmarks/coldstart/pom.xml dependency:build-classpath@spring-cloud-azure \
	-Dstartup.output="$PWD/eventgrid-benchmarks/target/startup"
exec java -jar eventgrid-benchmarks/target/benchmarks.jar \
	--output=eventgrid-benchmarks/results/latest.md --command="./eventgrid-benchmarks/run.sh${*:+ $*}" "$@"
