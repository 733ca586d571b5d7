# Task runner: the scripts and CI call these same commands.
VENV := .venv/bin

.PHONY: setup run test lint build check docs bench

setup:
	bash scripts/setup.sh --test

run:
	bash scripts/quickstart.sh

test:
	bash scripts/test.sh

lint: setup
	$(VENV)/ruff check kzkg tests benchmarks
	$(VENV)/ruff format --check kzkg tests benchmarks
	$(VENV)/mypy

build: setup
	$(VENV)/kzkg build

check: setup
	$(VENV)/kzkg check

docs: setup
	$(VENV)/kzkg docs --out build/docs

bench: setup
	$(VENV)/python benchmarks/run_all.py
