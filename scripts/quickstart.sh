#!/usr/bin/env bash
# Set up, then run the main job: check the ontology, build the graph from the
# corpus, answer a showcase query and write the views.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
kzkg=.venv/bin/kzkg
$kzkg check
