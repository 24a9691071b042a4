# Shared helpers for the project's shell scripts. Sourced, never run.
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export repo_root

# Emscripten's JS optimizer needs acorn, which Debian installs outside Node's default search path.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

say() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }

# Stops the script with one clear line naming the fix, instead of a screen of tool noise.
die() {
  printf '\nerror: %s\n' "$1" >&2
  [ $# -gt 1 ] && printf 'fix:   %s\n' "$2" >&2
  exit 1
}

# Runs a noisy step with its output in a log; on failure shows the log's tail and the fix.
run_logged() {
  local what=$1 log=$2 fix=$3
  shift 3
  mkdir -p "$(dirname "$log")"
  if ! "$@" >"$log" 2>&1; then
    printf '\n--- last lines of %s ---\n' "$log" >&2
    tail -n 25 "$log" >&2
    die "$what failed (full log: $log)" "$fix"
  fi
}
