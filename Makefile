# The two commands of the README. Each sets up its own virtualenv, so a fresh clone needs
# nothing but Python 3.11.
VENV ?= .venv
PYTHON ?= python3.11

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@

.PHONY: serve test lint
serve: $(VENV)/.installed  ## run openamt embedded on 127.0.0.1:8000
	$(VENV)/bin/openamt serve $(ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check app workers migrations tests bench examples
	$(VENV)/bin/ruff format --check app workers migrations tests bench examples
	$(VENV)/bin/mypy app workers

test: lint  ## the whole suite, as CI runs it
	$(VENV)/bin/python -m pytest $(ARGS)
