# Sourced by ./storysearch and by the distribution's bin/storysearch. Defines
#   launch JAR CACHE_DIR TRAINING_CORPUS ARGS...
# which runs storysearch from JAR with the launcher's JVM options. On JDK 25+ it also keeps an AOT cache (JEP
# 483/514/515: classes loaded and linked, method profiles) in CACHE_DIR, made by a training search on
# TRAINING_CORPUS whenever the jar or the JDK changed; a missing or stale cache only makes the start slower.
# Needs JAVA_HOME and JDK_FEATURE, as find_jdk_cached (scripts/jdk.sh) sets them.

launch() {
  local jar=$1 cache_dir=$2 corpus=$3
  shift 3
  local aot="$cache_dir/storysearch.aot"
  mkdir -p "$cache_dir"
  # One option list for the training run and every later run: a JVM uses an AOT cache only when started like the
  # one that made it. Serial GC and no perf-data file: a single-user process needs neither a concurrent collector
  # nor monitoring. C1 only: a search ends before optimised code would pay back, and even a 64k-story index run
  # spent a third of its CPU in the C2 compiler, which on a small machine competes with the indexing threads
  # (BENCHMARKS.md).
  local java_opts=(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED)

  if [ "${JDK_FEATURE:-0}" -ge 25 ]; then
    # Stale when the jar or the JDK changed since; after a failed attempt, the next try waits for the next build.
    local failed="$aot.failed" made_with="" failed_with=""
    { IFS= read -r made_with < "$aot.jdk"; } 2>/dev/null || true
    { IFS= read -r failed_with < "$failed"; } 2>/dev/null || true
    if { [ ! -f "$aot" ] || [ "$made_with" != "$JAVA_HOME" ] || [ "$jar" -nt "$aot" ] ||
         [ "$JAVA_HOME/release" -nt "$aot" ]; } &&
       { [ "$failed_with" != "$JAVA_HOME" ] || [ "$jar" -nt "$failed" ] || [ "$JAVA_HOME/release" -nt "$failed" ]; }; then
      rm -f "$aot" "$aot.jdk" "$failed"
      if make_aot_cache "$jar" "$cache_dir" "$corpus" "${java_opts[@]}"; then
        printf '%s\n' "$JAVA_HOME" > "$aot.jdk"
      else
        printf '%s\n' "$JAVA_HOME" > "$failed"
        echo "storysearch: could not make the start-up cache; running without it (slower start)" >&2
      fi
    fi
    # A cache the JVM finds unusable (another JDK build, changed libraries) is ignored silently. It is mapped at the
    # address it was written for (falling back to relocation if that is taken): relocating its pointers, the JDK's
    # default for address-space randomisation, took 15 ms of every start.
    [ -f "$aot" ] && java_opts+=(-XX:AOTCache="$aot" -Xlog:aot=off,cds=off -XX:+UnlockDiagnosticVMOptions
      -XX:ArchiveRelocationMode=0)
  fi
  exec "$JAVA_HOME/bin/java" "${java_opts[@]}" -jar "$jar" "$@"
}

# Trains on the sample corpus: an index run to have an index, then one recorded search (hits, snippets, facets) of
# two words, so that the cache holds the classes of both one-term and disjunction scoring.
make_aot_cache() {
  local jar=$1 cache_dir=$2 corpus=$3
  shift 3
  local aot="$cache_dir/storysearch.aot"
  local training="$cache_dir/aot-training" partial="$aot.$$"
  [ -d "$corpus" ] || return 1
  echo "storysearch: preparing the start-up cache (once per build) ..." >&2
  rm -rf "$training"
  "$JAVA_HOME/bin/java" "$@" -jar "$jar" index --corpus "$corpus" --index "$training" >/dev/null 2>&1 || return 1
  # A JVM that fails to write the cache leaves an empty file (and its crash report in CACHE_DIR, not here).
  "$JAVA_HOME/bin/java" "$@" -XX:AOTCacheOutput="$partial" -Xlog:aot=error,cds=error \
    -XX:ErrorFile="$cache_dir/aot-error-%p.log" -jar "$jar" search --index "$training" world water >/dev/null 2>&1 || true
  rm -rf "$training" "$partial.config"
  if [ -s "$partial" ]; then mv -f "$partial" "$aot"; else rm -f "$partial"; return 1; fi
}
