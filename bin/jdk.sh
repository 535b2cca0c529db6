# Sourced by bin/sanca and bin/test: sets JAVA_HOME to a JDK 25 or newer
# (JAVA_HOME itself when it is one, else the usual install places), or exits.
# Expects $here, the project root.

java_major() {  # prints the feature version of the java binary $1, or 0
  local v
  v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  echo "${v:-0}"
}

find_jdk() {  # prints a JDK home whose java is 25 or newer
  local cand
  for cand in "${JAVA_HOME:-}" "${SANCA_JAVA_HOME:-}" /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* \
              "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    if [ "$(java_major "$cand/bin/java")" -ge 25 ] 2>/dev/null; then echo "$cand"; return 0; fi
  done
  return 1
}

cache="$here/target/.jdk-home"
if [ -f "$cache" ] && [ -x "$(cat "$cache")/bin/java" ] && { [ -z "${JAVA_HOME:-}" ] || [ "$JAVA_HOME" = "$(cat "$cache")" ]; }; then
  jdk=$(cat "$cache")
else
  jdk=$(find_jdk) || { echo "sanca: no JDK 25 or newer found; set JAVA_HOME to one" >&2; exit 1; }
fi
export JAVA_HOME="$jdk"

