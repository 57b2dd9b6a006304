# The Outreach Portal's commands. `make help` lists them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.DEFAULT_GOAL := help
.PHONY: help install install-dev run migrate messages worker beat test lint format bench requirements ci

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(PIP) install -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PIP) install -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned requirements

install-dev: $(VENV)/.installed-dev ## Also install the test and lint tools

migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput

run: migrate messages ## Set up (venv, migrations, demo content) and serve on http://127.0.0.1:8000
	$(MANAGE) seed_demo
	@echo ""
	@echo "  Public site:   http://$(HOST):$(PORT)/"
	@echo "  Back office:   http://$(HOST):$(PORT)/admin/"
	@echo "  Sign in:       http://$(HOST):$(PORT)/accounts/login/"
	@echo "  Health:        http://$(HOST):$(PORT)/healthz"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

messages: install ## Compile the interface translations (locale/*/LC_MESSAGES/*.po to .mo)
	$(MANAGE) compilemessages --ignore=$(VENV) --ignore=node_modules --ignore=tmp -v 0

worker: install ## Run a Celery worker (needs REDIS_URL)
	$(BIN)/celery -A outreach_portal worker --loglevel=INFO

beat: install ## Run the Celery beat scheduler (schedules are edited in the admin)
	$(BIN)/celery -A outreach_portal beat --loglevel=INFO

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

test: install-dev messages node_modules/.package-lock.json ## Run the whole test suite (SQLite, or DATABASE_URL/REDIS_URL if set)
	$(BIN)/pytest

lint: install-dev ## ruff check, ruff format --check, and missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: install-dev ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install-dev messages ## Measure the performance targets (see bench/README.md)
	$(BIN)/python -m bench

requirements: install-dev ## Recompile requirements*.txt from requirements*.in
	$(BIN)/pip-compile -q --strip-extras --no-header --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	$(BIN)/pip-compile -q --strip-extras --no-header --no-emit-index-url --no-emit-find-links -o requirements-dev.txt requirements-dev.in

ci: lint test ## What CI runs
