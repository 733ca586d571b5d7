#!/usr/bin/env bash
# Set up, then run the main job: check the ontology, build the graph from the
# corpus, answer a showcase query and write the views.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
kzkg=.venv/bin/kzkg

echo; echo "== 1. Check the ontology, its examples and shapes"
$kzkg check --no-graph

echo; echo "== 2. Build the graph from graph/corpus/ into graph/kzkg.trig"
$kzkg build

echo; echo "== 3. Showcase query: who held the post of head of the Security Council, and who replaced whom?"
$kzkg query succession --param "post=head of the Security Council"

echo; echo "== 4. Views"
$kzkg view --out views/overview.html
$kzkg view --query succession --out views/succession.html
$kzkg view --timeline --out views/timeline.html
echo
echo "Open views/overview.html, views/succession.html and views/timeline.html in a browser (they work offline)."
echo "Next: .venv/bin/kzkg --help, .venv/bin/kzkg queries, .venv/bin/kzkg serve"
