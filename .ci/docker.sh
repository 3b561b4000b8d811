# Sourced by .ci/run: starts a docker daemon for the container tests, without its default bridge (traffic to private
# ranges is forbidden here, see ../shared/notes/toolchain.md), with everything under a temporary folder, and stops it
# when the run ends. Never fails the run: when no daemon can start, the docker tests skip with a loud message.
aswf_docker_start() {
  if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
    echo "::warning::docker is not installed: the container integration tests will be skipped"
    return 0
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "::warning::starting dockerd needs root: the container integration tests will be skipped unless a daemon already answers"
    return 0
  fi
  ASWF_DOCKER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/aswf-ci-dockerd-XXXXXX")
  local host="unix://$ASWF_DOCKER_DIR/docker.sock"
  dockerd --iptables=false --bridge=none \
    --data-root "$ASWF_DOCKER_DIR/data" --exec-root "$ASWF_DOCKER_DIR/exec" \
    --pidfile "$ASWF_DOCKER_DIR/docker.pid" -H "$host" >"$ASWF_DOCKER_DIR/dockerd.log" 2>&1 &
  ASWF_DOCKER_PID=$!
  trap aswf_docker_stop EXIT
  local i
  for i in $(seq 1 60); do
    if DOCKER_HOST="$host" docker version --format '{{.Server.Version}}' >/dev/null 2>&1; then
      export DOCKER_HOST="$host"
      echo "docker daemon $(docker version --format '{{.Server.Version}}') at $host"
      return 0
    fi
    kill -0 "$ASWF_DOCKER_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "::warning::dockerd did not start: the container integration tests will be skipped. Its log:"
  tail -n 20 "$ASWF_DOCKER_DIR/dockerd.log" || true
  aswf_docker_stop
  trap - EXIT
  return 0
}

aswf_docker_stop() {
  if [ -n "${ASWF_DOCKER_PID:-}" ] && kill -0 "$ASWF_DOCKER_PID" 2>/dev/null; then
    if [ -n "${DOCKER_HOST:-}" ]; then
      # shellcheck disable=SC2046
      docker rm -f $(docker ps -aq) >/dev/null 2>&1 || true
    fi
    kill "$ASWF_DOCKER_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$ASWF_DOCKER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$ASWF_DOCKER_PID" 2>/dev/null || true
  fi
  if [ -n "${ASWF_DOCKER_DIR:-}" ]; then rm -rf "$ASWF_DOCKER_DIR" 2>/dev/null || true; fi
  ASWF_DOCKER_PID=""
}

aswf_docker_start
