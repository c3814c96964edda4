# The two commands of the README. Each sets up its own virtualenv, so a fresh clone needs
# nothing but Python 3.11.
VENV ?= .venv
PYTHON ?= python3.11

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml clients/python/pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -e '.[test]'
	# The generated SDK, which the tests use against a live openamt (a local path: not an extra).
	$(VENV)/bin/pip install --quiet -e clients/python
	touch $@

# The generator lives in a virtualenv of its own: its pins are not the service's.
GEN_VENV ?= .venv-gen
$(GEN_VENV)/bin/openapi-python-client:
	$(PYTHON) -m venv $(GEN_VENV)
	$(GEN_VENV)/bin/pip install --quiet openapi-python-client==0.29.1

.PHONY: serve test lint openapi client
serve: $(VENV)/.installed  ## run openamt embedded on 127.0.0.1:8000
	$(VENV)/bin/openamt serve $(ARGS)

openapi: $(VENV)/.installed  ## write openapi.json from the app
	$(VENV)/bin/openamt openapi > openapi.json

# The Python SDK under clients/python is generated, never edited by hand: change the API,
# then `make client` (it rewrites openapi.json first). The AWS door (POST /) is skipped by
# the generator (content type application/x-amz-json-1.1): boto3 is that door's client.
client: openapi $(GEN_VENV)/bin/openapi-python-client  ## regenerate clients/python
	$(GEN_VENV)/bin/openapi-python-client generate --path openapi.json \
		--config clients/config.yaml --output-path clients/python --overwrite

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check app workers migrations tests bench examples
	$(VENV)/bin/ruff format --check app workers migrations tests bench examples
	$(VENV)/bin/mypy app workers

test: lint  ## the whole suite, as CI runs it
	$(VENV)/bin/python -m pytest $(ARGS)
