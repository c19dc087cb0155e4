#!/usr/bin/env bash
# ./build dist: packages target/storysearch-VERSION.tar.gz, a release that runs from wherever it is unpacked:
#   bin/storysearch       launcher (finds a JDK >= 21; start-up cache in ~/.cache/storysearch/VERSION)
#   lib/                  storysearch.jar and the jars it needs, side by side
#   libexec/              jdk.sh and launch.sh, the launcher's shell functions
#   share/bash-completion/completions/storysearch, share/storysearch/completion/storysearch.bash (bash and zsh)
#   share/man/man1/       a man page per command, when the man pages were made (see below)
#   share/storysearch/corpus/  the sample corpus, for the start-up cache's training run
#   README.md
# Assembles it from what `package` and the man pages (pre-integration-test) left in target/ (./build dist runs them
# first); needs JAVA_HOME set to a JDK.
set -euo pipefail
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
name="storysearch-$version"
stage="target/dist/$name"
rm -rf target/dist "target/$name.tar.gz"
mkdir -p "$stage"/{bin,lib,libexec,share/storysearch/completion,share/bash-completion/completions,share/man/man1}

# The jar's own class path names the jars to ship (target/lib may hold jars of an older build). In the release they
# lie beside the jar, so the manifest's Class-Path loses its lib/ prefix; the manifest wants lines of 72 bytes at
# most, continued by a space.
manifest=$(mktemp -d)
(cd "$manifest" && "$JAVA_HOME/bin/jar" xf "$OLDPWD/target/storysearch.jar" META-INF/MANIFEST.MF)
jars=$(tr -d '\r' < "$manifest/META-INF/MANIFEST.MF" \
  | awk '/^Class-Path: /{cp = substr($0, 13); on = 1; next} on && /^ /{cp = cp substr($0, 2); next} {on = 0}
         END {print cp}')
cp target/storysearch.jar "$stage/lib/"
flat=""
for jar in $jars; do
  cp "target/$jar" "$stage/lib/"
  flat="$flat ${jar#lib/}"
done
printf 'Class-Path:%s\n' "$flat" | fold -w 70 | sed '2,$s/^/ /' > "$manifest/class-path.mf"
"$JAVA_HOME/bin/jar" --update --file "$stage/lib/storysearch.jar" --manifest "$manifest/class-path.mf" 2>/dev/null
rm -rf "$manifest"

sed "s/@VERSION@/$version/" scripts/dist/storysearch > "$stage/bin/storysearch"
chmod 755 "$stage/bin/storysearch"
cp scripts/jdk.sh scripts/launch.sh "$stage/libexec/"
cp target/classes/completion/storysearch.bash "$stage/share/storysearch/completion/"
cp target/classes/completion/storysearch.bash "$stage/share/bash-completion/completions/storysearch"
if compgen -G "target/man/*.1" >/dev/null; then
  cp target/man/*.1 "$stage/share/man/man1/"
fi
cp -r corpus "$stage/share/storysearch/corpus"
cp README.md "$stage/"
[ ! -f LICENSE ] || cp LICENSE "$stage/"
tar -C target/dist -czf "target/$name.tar.gz" "$name"
echo "target/$name.tar.gz"
