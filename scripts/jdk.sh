# Sourced by ./storysearch and ./build: sets JAVA_HOME to a JDK >= 21, or fails with one line.
# Order: JAVA_HOME if it is one, else the java on PATH if it is one, else the newest under /usr/lib/jvm.

jdk_feature() { # prints the feature release of the JDK at $1 (e.g. 25), or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

find_jdk() {
  local candidate version best="" best_version=0
  if [ -n "${JAVA_HOME:-}" ]; then
    version=$(jdk_feature "$JAVA_HOME")
    if [ "${version:-0}" -ge 21 ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    version=$(jdk_feature "$candidate")
    if [ "${version:-0}" -ge 21 ]; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -L "$candidate" ] && continue
    version=$(jdk_feature "$candidate")
    if [ "${version:-0}" -gt "$best_version" ]; then best=$candidate; best_version=$version; fi
  done
  if [ "$best_version" -ge 21 ]; then export JAVA_HOME="$best"; return 0; fi
  echo "storysearch: no JDK 21 or newer found (install one, e.g. apt-get install openjdk-21-jdk, or set JAVA_HOME)" >&2
  return 1
}

# Runs Maven quietly on the JDK found above; the flag silences a warning Maven's own libraries cause on JDK 24+.
# Maven 3.8 writes colour reset codes (ESC[0m) to stdout and stderr even in batch mode with colour off; they are
# removed from both, so that a redirected build log is plain text.
run_maven() {
  local - opts="" strip=$'s/\e\\[[0-9;]*m//g'
  set -o pipefail
  [ "$(jdk_feature "$JAVA_HOME")" -ge 24 ] && opts="--sun-misc-unsafe-memory-access=allow"
  { MAVEN_OPTS="${MAVEN_OPTS:-} $opts" mvn -B -Dstyle.color=never "$@" 2>&1 1>&3 3>&- | sed -u "$strip" >&2; } 3>&1 \
    | sed -u "$strip"
}

# Like find_jdk, but remembers the answer in the file $1 (under target/) and reuses it while JAVA_HOME, the javac
# on PATH and the JDK itself are unchanged: detection starts a JVM, which a launcher must not pay on every run.
# Also sets JDK_FEATURE (e.g. 25).
find_jdk_cached() {
  local cache=$1 key cached_key="" cached_home="" cached_feature="" javac="" dir
  # The javac on PATH, found without a subshell (each costs a fork on every run).
  local IFS=:
  for dir in $PATH; do
    if [ -x "${dir:-.}/javac" ]; then javac="${dir:-.}/javac"; break; fi
  done
  unset IFS
  key="${JAVA_HOME:-}|$javac"
  if [ -f "$cache" ]; then
    { IFS= read -r cached_key; IFS= read -r cached_home; IFS= read -r cached_feature; } < "$cache" || true
    if [ "$cached_key" = "$key" ] && [ -x "$cached_home/bin/java" ] && [ ! "$cached_home/release" -nt "$cache" ]; then
      export JAVA_HOME="$cached_home"
      JDK_FEATURE=$cached_feature
      return 0
    fi
  fi
  find_jdk || return 1
  JDK_FEATURE=$(jdk_feature "$JAVA_HOME")
  mkdir -p "$(dirname "$cache")"
  printf '%s\n%s\n%s\n' "$key" "$JAVA_HOME" "$JDK_FEATURE" > "$cache.$$" && mv -f "$cache.$$" "$cache"
}
