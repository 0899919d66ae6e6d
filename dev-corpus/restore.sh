#!/usr/bin/env bash
# Checks (and lists what is missing from) a folder of development-corpus texts against the manifest.
#
#   dev-corpus/restore.sh TEXTS_DIR
#
# The texts are third-party pages and are not in the repository. Each one is the page's text from
# its beginning, as a scraper saves it (at most its first 2,000 bytes), stored as TEXTS_DIR/<id>.txt.
# To restore one, fetch the address in the manifest, save the page's visible text from its start
# (no cleaning), and keep the first 2,000 bytes; the sha256 column says whether a copy is the very
# text that was annotated. A copy that differs can still be scored, but its figures are not ours.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${1:?usage: $0 TEXTS_DIR}"
missing=0; differ=0; same=0
while IFS=$'\t' read -r id split url outlet country topic layout sha notes; do
  [ "$id" = "id" ] && continue
  file="$dir/$id.txt"
  if [ ! -f "$file" ]; then
    echo "missing  $id  $url"; missing=$((missing + 1)); continue
  fi
  if [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$sha" ]; then
    same=$((same + 1))
  else
    echo "differs  $id  $url"; differ=$((differ + 1))
  fi
done < "$here/manifest.tsv"
echo "$same as annotated, $differ different, $missing missing"
[ "$missing" -eq 0 ] && [ "$differ" -eq 0 ]
