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
# serve runs for hours and answers searches all along: it keeps the full tiered JIT, as C2's code makes a warm
# search cheaper than C1's (server CPU per request 3.6-5.4 ms against 5.8-6.4 once compiled, BENCHMARKS.md). Without
# the method profiles its cache could carry (JEP 515): replaying them started C2 compilations during the first
# request and made start to first answer 60-200 ms slower on two cores; without them C2 warms up more slowly (a
# 12 s benchmark run does not see the gain) and the start is 10-16% slower than C1's.
launch_serve_java_opts=(-XX:+UseSerialGC -XX:-UsePerfData --enable-native-access=ALL-UNNAMED -Djdk.console=java.base
  -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -XX:-AOTReplayTraining)

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

# The resident path: a running `storysearch serve` registers itself in the user's runtime folder (a file per server
# with its port and a token, see cli/ResidentFile.java), and answers the read-only commands on the index it serves
# by running the command line's own code for this caller. Asking it takes a few milliseconds where a fresh JVM takes
# hundreds; it sends the arguments, this folder, whether stdout is a terminal and the environment that changes the
# output, and says "fallback" for another index, another jar or locale, or anything it does not run. Bash's
# /dev/tcp, so no process is started. STORYSEARCH_RESIDENT=0 turns it off; =only fails (exit 3) instead of starting
# a JVM, for scripts and benchmarks that must not time a fresh process by mistake.

# Runs the command line "$@" in a registered server and exits with its code; returns when none answers it.
launch_resident() {
  [ "${STORYSEARCH_RESIDENT:-1}" != 0 ] || return 0
  # A JVM started with these says so on stderr (and runs otherwise): only a fresh one prints the same.
  [ -z "${JAVA_TOOL_OPTIONS:-}${JDK_JAVA_OPTIONS:-}${_JAVA_OPTIONS:-}" ] || return 0
  local folder=/tmp/storysearch-$UID file
  [ -z "${XDG_RUNTIME_DIR:-}" ] || folder=$XDG_RUNTIME_DIR/storysearch
  # A folder or file of another user's could point at their server: only this user's are asked.
  [ -d "$folder" ] && [ -O "$folder" ] || return 0
  for file in "$folder"/serve-*; do
    [ -f "$file" ] && [ -O "$file" ] && [ "${file%.partial}" = "$file" ] || continue
    launch_ask "$file" "$@"
  done
}

# Asks the server registered in $1 to run "${@:2}"; exits with its answer, or returns (a server gone is
# unregistered).
launch_ask() {
  local file=$1 port token fd reply tty=0 name env=() length=0 field
  shift
  { IFS= read -r port && IFS= read -r token; } < "$file" 2>/dev/null || return 0
  [[ $port =~ ^[0-9]+$ ]] || return 0
  if ! { exec {fd}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
    rm -f "$file"
    return 0
  fi
  [ ! -t 1 ] || tty=1
  # The exported variables a fresh process would read: its width and colour, its default index, its locale.
  for name in COLUMNS NO_COLOR TERM XDG_DATA_HOME HOME TZ LANG ${!LC_@}; do
    [ -z "${!name+set}" ] || [[ ${!name@a} != *x* ]] || env+=("$name=${!name}")
  done
  # Byte counts from here on.
  local LC_ALL=C
  local fields=("storysearch-cli 1" "$token" "$launch_jar" "$PWD" "$$" "$tty" "${#env[@]}" "${env[@]}" "$@")
  for field in "${fields[@]}"; do
    length=$((length + ${#field} + 1))
  done
  # A server that closes early must not kill this script with SIGPIPE; the JVM started instead inherits the default.
  trap '' PIPE
  { printf 'POST /_cli HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: %d\r\n\r\n' "$length" &&
    printf '%s\0' "${fields[@]}"; } >&"$fd" 2>/dev/null || { trap - PIPE; exec {fd}>&-; return 0; }
  trap - PIPE
  # The whole answer, to the end of the connection, which the server closes after it (its output never holds a
  # NUL, which bash would drop). -N reads in blocks where -d reads a byte at a time (6 KB: 0.5 against 5.6 ms).
  IFS= read -r -N 100000000 -t 60 -u "$fd" reply || [ $? = 1 ] || { exec {fd}>&-; return 0; }
  exec {fd}>&-
  [[ $reply == "HTTP/1.1 200 "* ]] || return 0
  reply=${reply#*$'\r\n\r\n'}
  [[ ${reply%%$'\n'*} =~ ^storysearch-cli\ ([0-9]+)\ ([0-9]+)\ ([0-9]+)$ ]] || return 0
  reply=${reply#*$'\n'}
  [ "${#reply}" = $((BASH_REMATCH[2] + BASH_REMATCH[3])) ] || return 0
  printf '%s' "${reply:0:BASH_REMATCH[2]}"
  printf '%s' "${reply:BASH_REMATCH[2]}" >&2
  exit "${BASH_REMATCH[1]}"
}

# --version and --help alone are answered from texts the jar printed, kept in CACHE_DIR beside the AOT caches: a
# JVM takes 50-130 ms to print them, about what a Java hello world takes on a small machine, where bash takes 10.
# The texts are made on the first such run after a build (the jar's --version, and its --help with NO_COLOR and with
# CLICOLOR_FORCE, which is how picocli renders it in colour), each stamped with the jar's modification time; a jar
# with another time or path, or another JDK, has them made again. JVM options from the environment
# (JAVA_TOOL_OPTIONS and the like, which could change the output and make the JVM say so on stderr) and a failure to
# make the texts leave the answer to the JVM.

# Sets launch_exported to the value of the variable named $1 when the environment has it (a JVM sees no other).
launch_exported() {
  launch_exported=""
  [ -n "${!1+set}" ] && [[ ${!1@a} == *x* ]] || return 1
  launch_exported=${!1}
}

# Whether picocli 4.7.7 colours help on a JVM started here (its Help.Ansi.AUTO on a system that is not Windows,
# where TERM does not count): NO_COLOR set, even empty, turns colour off; CLICOLOR_FORCE other than 0 turns it on;
# then CLICOLOR=0 or ConEmuANSI=OFF off; else colour when the JVM has a console that is a terminal, which JDK 25 with
# jdk.console=java.base gives when standard input and output both are one (LauncherTextsIT checks all of these).
launch_help_colored() {
  ! launch_exported NO_COLOR || return 1
  if launch_exported CLICOLOR_FORCE && [ "$launch_exported" != 0 ]; then return 0; fi
  if launch_exported CLICOLOR && [ "$launch_exported" = 0 ]; then return 1; fi
  if launch_exported ConEmuANSI && [ "$launch_exported" = OFF ]; then return 1; fi
  [ -t 0 ] && [ -t 1 ]
}

# Prints the text file $1 and exits as the JVM would (0, also when stdout is closed: picocli ignores write errors).
launch_print_text() {
  local text=""
  IFS= read -r -N 1000000 text < "$1" || [ $? = 1 ] || return 0
  [ -n "$text" ] || return 0
  trap '' PIPE
  printf '%s' "$text" 2>/dev/null || true
  exit 0
}

# Whether the texts in CACHE_DIR were made from this jar with this JDK: the jar's path and JDK recorded beside them,
# and the text $1 carrying the jar's modification time (not older, not newer), which any rebuild or copy changes.
launch_text_is_current() {
  local id="$launch_cache_dir/storysearch-texts.id" made_for=() line
  [ -f "$1" ] || return 1
  while IFS= read -r line; do made_for+=("$line"); done < "$id" 2>/dev/null || true
  [ "${#made_for[@]}" = 2 ] && [ "${made_for[0]}" = "$JAVA_HOME" ] && [ "${made_for[1]}" = "$launch_jar" ] &&
    [ ! "$launch_jar" -nt "$1" ] && [ ! "$1" -nt "$launch_jar" ] && [ ! "$JAVA_HOME/release" -nt "$id" ]
}

# Makes the three texts in CACHE_DIR with the JVM; returns 1 when that failed (a JVM that wrote to stderr included),
# and then until the jar changes, which the failure file's time stamp (the jar's) tells.
launch_make_texts() {
  local partial="$launch_cache_dir/texts.$$" failed="$launch_cache_dir/storysearch-texts.failed" name
  local java=("$JAVA_HOME/bin/java" "${launch_java_opts[@]}" -jar "$launch_jar")
  [ ! -f "$failed" ] || [ "$launch_jar" -nt "$failed" ] || [ "$failed" -nt "$launch_jar" ] || return 1
  mkdir -p "$partial" 2>/dev/null || return 1
  if "${java[@]}" --version > "$partial/version.txt" 2> "$partial/err" &&
     NO_COLOR=1 "${java[@]}" --help > "$partial/help.txt" 2>> "$partial/err" &&
     (unset NO_COLOR; CLICOLOR_FORCE=1 exec "${java[@]}" --help) > "$partial/help-color.txt" 2>> "$partial/err" &&
     [ ! -s "$partial/err" ] && [ -s "$partial/version.txt" ] && [ -s "$partial/help.txt" ] &&
     printf '%s\n%s\n' "$JAVA_HOME" "$launch_jar" > "$partial/id" &&
     touch -r "$launch_jar" "$partial"/*.txt; then
    mv -f "$partial/id" "$launch_cache_dir/storysearch-texts.id"
    for name in version help help-color; do
      mv -f "$partial/$name.txt" "$launch_cache_dir/storysearch-$name.txt"
    done
  fi
  rm -rf "$partial"
  launch_text_is_current "$launch_cache_dir/storysearch-version.txt" && return 0
  touch "$failed" 2>/dev/null && touch -r "$launch_jar" "$failed"
  return 1
}

# Answers "$@" from a text and exits when it is --version or --help alone and a current text can stand in for the
# JVM here; returns otherwise.
launch_texts() {
  local text=help
  [ $# = 1 ] && [ "${JDK_FEATURE:-0}" -ge 25 ] || return 0
  case $1 in
    --version | -V) text=version ;;
    --help | -h) ! launch_help_colored || text=help-color ;;
    *) return 0 ;;
  esac
  [ -z "${JAVA_TOOL_OPTIONS+set}${JDK_JAVA_OPTIONS+set}${_JAVA_OPTIONS+set}" ] || return 0
  case $OSTYPE in linux* | darwin*) ;; *) return 0 ;; esac
  text="$launch_cache_dir/storysearch-$text.txt"
  launch_text_is_current "$text" || launch_make_texts || return 0
  launch_print_text "$text"
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
  case $launch_kind in
    search* | show* | similar* | facets* | suggest* | stats*) launch_resident "$@" ;;
  esac
  if [ "${STORYSEARCH_RESIDENT:-}" = only ]; then
    echo "storysearch: no running serve answered this command (STORYSEARCH_RESIDENT=only)" >&2
    exit 3
  fi
  launch_texts "$@"
  [ "$launch_kind" != serve ] || launch_java_opts=("${launch_serve_java_opts[@]}")
  if [ "${JDK_FEATURE:-0}" -ge 25 ] && [ "$launch_kind" != none ]; then
    mkdir -p "$launch_cache_dir"
    launch_use_cache "$launch_kind"
  fi
  exec "$JAVA_HOME/bin/java" "${launch_java_opts[@]}" -jar "$launch_jar" "$@"
}
