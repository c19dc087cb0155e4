# Sourced by ./storysearch and the distribution's bin/storysearch. Defines
#   launch JAR CACHE_DIR TRAINING_CORPUS ARGS...
# which runs storysearch's JAR with ARGS on a JDK >= 21 (found as scripts/jdk.sh does, remembered in CACHE_DIR) and
# the launcher's JVM options. On JDK 25+ it also keeps AOT caches in CACHE_DIR (JEP 483/514/515: classes loaded and
# linked, method profiles), one per kind of command, because a JVM loads everything its cache holds at start: a
# cache trained on an index run and a search made --version load 3,400 classes. Each cache is made on the first run
# of its kind after a build (trained on TRAINING_CORPUS); a missing, stale or unusable cache only makes the start
# slower. Everything here runs on every start, so it uses bash builtins only (no subshells or programs).

launch_home=${BASH_SOURCE[0]%/*}
[ "$launch_home" != "${BASH_SOURCE[0]}" ] || launch_home=.
. "$launch_home/jdk.sh"

# One option list for training runs and every later run: a JVM uses an AOT cache only when started like the one that
# made it. Serial GC and no perf-data file: a single-user process needs neither a concurrent collector nor
# monitoring. C1 only: a search ends before optimised code would pay back, and even a 64k-story index run spent a
# third of its CPU in the C2 compiler, which on a small machine competes with the indexing threads (BENCHMARKS.md).
# jdk.console=java.base: the JDK's default console provider lookup instantiates the jshell module's (3-6 ms).
launch_java_opts=(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED
  -Djdk.console=java.base)

# Sets launch_kind to the cache a command line runs with: one per command that reads an index (with "-json" when it
# prints JSON: Jackson's 400 classes would otherwise be preloaded by every human search), index (the commands that
# read the corpus), help (help, usage errors), or none (the version alone, which needs no cache). Each cache holds
# only what its kind loads because a JVM preloads all of it: a search cache that also held JSON, facets, suggest
# and stats (4,400 classes instead of 3,400) made a human search 45 ms slower.
launch_kind_of() {
  local arg json=""
  launch_kind=help
  [ $# = 1 ] && { [ "$1" = --version ] || [ "$1" = -V ]; } && { launch_kind=none; return; }
  for arg; do
    case $arg in
      --) break ;;
      -h | --help | -V | --version) launch_kind=help; return ;;
      --json) json=-json ;;
      -*) ;;
      *)
        if [ "$launch_kind" = help ]; then
          case $arg in
            search | show | facets | similar | suggest | stats) launch_kind=$arg ;;
            serve) launch_kind=serve; return ;;
            index | check | eval) launch_kind=index; return ;;
            *) return ;;
          esac
        fi
        ;;
    esac
  done
  [ "$launch_kind" = help ] || launch_kind+=$json
}

# The training of one kind of cache: runs java (with the options and the recording flags in "$@") as that kind of
# command on the scratch index $launch_training of the training corpus $launch_corpus.
launch_train() {
  local kind=$1 id
  shift
  case $kind in
    index)
      "$JAVA_HOME/bin/java" "$@" -jar "$launch_jar" index --rebuild --corpus "$launch_corpus" \
        --index "$launch_training.rebuild" ;;
    help) "$JAVA_HOME/bin/java" "$@" -jar "$launch_jar" --help ;;
    serve) launch_train_serve "$@" ;;
    *)
      local command=${kind%-json} json=()
      [ "$command" = "$kind" ] || json=(--json)
      case $command in
        search) set -- "$@" -jar "$launch_jar" search "${json[@]}" --index "$launch_training" world water ;;
        facets) set -- "$@" -jar "$launch_jar" facets "${json[@]}" --index "$launch_training" tag ;;
        suggest) set -- "$@" -jar "$launch_jar" suggest "${json[@]}" --index "$launch_training" wor ;;
        stats) set -- "$@" -jar "$launch_jar" stats "${json[@]}" --index "$launch_training" ;;
        *)
          # show and similar take a story id: the first file's path without .md, as ids are made.
          shopt -s globstar nullglob
          id=("$launch_corpus"/**/*.md)
          id=${id[0]#"$launch_corpus"/}
          set -- "$@" -jar "$launch_jar" "$command" "${json[@]}" --index "$launch_training" "${id%.md}" ;;
      esac
      "$JAVA_HOME/bin/java" "$@" ;;
  esac
}

# Starts the server on a free port, asks it what the search page asks on a first visit, and stops it with SIGTERM
# (the JVM writes its training data on the way out, as on any exit).
launch_train_serve() {
  local line url pid path
  coproc launch_server { exec "$JAVA_HOME/bin/java" "$@" -jar "$launch_jar" serve --index "$launch_training" --port 0; }
  pid=$launch_server_PID
  IFS= read -r -t 60 line <&"${launch_server[0]}" || { kill "$pid"; wait "$pid"; return 1; }
  url=${line#storysearch: serving }
  url=${url%% *}
  for path in "" app.js app.css "api/search?q=world+water" "api/search?q=wor&tag=x" "api/suggest?q=wor" \
      "api/facets/tag?q=world" api/stats; do
    curl -s --compressed -o /dev/null "$url$path" || true
  done
  kill -TERM "$pid"
  wait "$pid" || true
}

# Makes the cache $1 of kind $2; returns 1 when that failed.
launch_make_cache() {
  local aot=$1 kind=$2 partial="$1.$$"
  [ -d "$launch_corpus" ] || return 1
  echo "storysearch: preparing the start-up cache for $kind commands (once per build) ..." >&2
  rm -rf "$launch_training" "$launch_training.rebuild"
  if [ "$kind" != index ] && [ "$kind" != help ]; then
    "$JAVA_HOME/bin/java" "${launch_java_opts[@]}" -jar "$launch_jar" index --corpus "$launch_corpus" \
      --index "$launch_training" >/dev/null 2>&1 || return 1
  fi
  # A JVM that fails to write the cache leaves an empty file (and its crash report in CACHE_DIR, not here).
  launch_train "$kind" "${launch_java_opts[@]}" -XX:AOTCacheOutput="$partial" -Xlog:aot=error,cds=error \
    -XX:ErrorFile="$launch_cache_dir/aot-error-%p.log" >/dev/null 2>&1 || true
  rm -rf "$launch_training" "$launch_training.rebuild" "$partial.config"
  if [ -s "$partial" ]; then mv -f "$partial" "$aot"; else rm -f "$partial"; return 1; fi
}

# Adds the cache for this kind of command to the JVM options, making it first when it is missing or stale (the jar
# or the JDK changed since); after a failed attempt, the next try waits for the next build.
launch_use_cache() {
  local kind=$1 aot="$launch_cache_dir/storysearch-$1.aot" made_with="" failed_with=""
  { IFS= read -r made_with < "$aot.jdk"; } 2>/dev/null || true
  if [ ! -f "$aot" ] || [ "$made_with" != "$JAVA_HOME" ] || [ "$launch_jar" -nt "$aot" ] ||
     [ "$JAVA_HOME/release" -nt "$aot" ]; then
    { IFS= read -r failed_with < "$aot.failed"; } 2>/dev/null || true
    if [ "$failed_with" = "$JAVA_HOME" ] && [ ! "$launch_jar" -nt "$aot.failed" ] &&
       [ ! "$JAVA_HOME/release" -nt "$aot.failed" ]; then
      return 0
    fi
    rm -f "$aot" "$aot.jdk" "$aot.failed"
    if launch_make_cache "$aot" "$kind"; then
      printf '%s\n' "$JAVA_HOME" > "$aot.jdk"
    else
      printf '%s\n' "$JAVA_HOME" > "$aot.failed"
      echo "storysearch: could not make the start-up cache; running without it (slower start)" >&2
      return 0
    fi
  fi
  # A cache the JVM finds unusable (another JDK build, changed libraries) is ignored silently. It is mapped at the
  # address it was written for (falling back to relocation if that is taken): relocating its pointers, the JDK's
  # default for address-space randomisation, took 15 ms of every start.
  launch_java_opts+=(-XX:AOTCache="$aot" -Xlog:aot=off,cds=off -XX:+UnlockDiagnosticVMOptions
    -XX:ArchiveRelocationMode=0)
}

launch() {
  launch_jar=$1 launch_cache_dir=$2 launch_corpus=$3
  shift 3
  # The JVM decodes arguments and file names in the locale's charset: under LANG=C (env -i, cron, a fresh container)
  # a CJK query became '?????' and found nothing. C.UTF-8 exists on every glibc system; a UTF-8 locale is kept.
  case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;; *) export LC_ALL=C.UTF-8 ;; esac
  # Per process: two first runs of different kinds may train at the same time.
  launch_training="$launch_cache_dir/aot-training.$$"
  [ -n "${JDK_FEATURE:-}" ] || find_jdk_cached "$launch_cache_dir/jdk.cache" || exit 1
  launch_kind_of "$@"
  if [ "${JDK_FEATURE:-0}" -ge 25 ] && [ "$launch_kind" != none ]; then
    mkdir -p "$launch_cache_dir"
    launch_use_cache "$launch_kind"
  fi
  exec "$JAVA_HOME/bin/java" "${launch_java_opts[@]}" -jar "$launch_jar" "$@"
}
