#!/usr/bin/env bash
# Set up kzkg on a Debian machine: the system packages it needs (a Java
# runtime for the HermiT reasoner; with --test also Chromium for the browser
# tests), a virtual environment in .venv, and the package with its
# dependencies. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
packages=()
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || packages+=(python3-venv)
if [ "$mode" = "--test" ]; then
    command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fi

if [ "${#packages[@]}" -gt 0 ]; then
    echo "kzkg setup: installing system packages: ${packages[*]}"
    if [ "$(id -u)" = 0 ]; then
        sudo=""
    elif command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        echo "kzkg setup: need root to install ${packages[*]} (apt-get install ${packages[*]})" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    echo "kzkg setup: creating .venv"
    python3 -m venv .venv
fi

extras="."
[ "$mode" = "--test" ] && extras=".[test]"
stamp=".venv/.kzkg-installed-$(sha256sum pyproject.toml | cut -c1-16)-${mode#--}"
if [ ! -f "$stamp" ]; then
    echo "kzkg setup: installing the package and its dependencies into .venv"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$extras"
    rm -f .venv/.kzkg-installed-*
    touch "$stamp"
fi

# The package's own modules compiled ahead, as pip compiles those of a package it
# installs: an editable install leaves that to each run, and where
# PYTHONDONTWRITEBYTECODE is set (as in many containers) every command compiled
# all of them anew, 0.4 s of CPU a start. Changed files are recompiled.
.venv/bin/python -m compileall -q kzkg
