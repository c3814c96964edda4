# The two commands of the README. Each sets up its own virtualenv, so a fresh clone needs
# nothing but Python 3.11.

# Bytecode is written, wherever the environment says not to (CI's machines set
# PYTHONDONTWRITEBYTECODE): without it every pytest process rewrote the asserts of ~350 modules
# again (~11 s of CPU each) and every server, worker and CLI process the suite starts compiled
# openamt's modules again (~0.8 s each).
unexport PYTHONDONTWRITEBYTECODE
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

# The SageMaker Python SDK, v2 and v3, each in a virtualenv of its own (their pins clash with
# the service's and with each other's): tests/test_sdk_v2.py and tests/test_sdk_v3.py run the
# examples in them against a live openamt. Measured here: 45 s and 130 s side by side from a
# cold pip cache, 120 s for both one after the other with a warm one.
SDK2_VENV ?= .venv-sdk2
SDK3_VENV ?= .venv-sdk3
$(SDK2_VENV)/.installed: tests/sdk/requirements-v2.txt
	$(PYTHON) -m venv $(SDK2_VENV)
	$(SDK2_VENV)/bin/pip install --quiet --upgrade pip
	$(SDK2_VENV)/bin/pip install --quiet -r tests/sdk/requirements-v2.txt
	touch $@

$(SDK3_VENV)/.installed: tests/sdk/requirements-v3.txt
	$(PYTHON) -m venv $(SDK3_VENV)
	$(SDK3_VENV)/bin/pip install --quiet --upgrade pip
	$(SDK3_VENV)/bin/pip install --quiet -r tests/sdk/requirements-v3.txt
	touch $@

sdk: $(SDK2_VENV)/.installed $(SDK3_VENV)/.installed  ## the SageMaker SDK virtualenvs

.PHONY: serve test test-fast lint openapi client sdk docs
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

# The wire models in app/wire/sagemaker.py are generated from botocore's SageMaker model, never
# edited by hand: change app/wire/overrides.py (or the botocore pin), then `make schemas`
# (tests/test_wire_models.py fails while the file is stale), then `make client`.
.PHONY: schemas
schemas: $(VENV)/.installed  ## regenerate app/wire/sagemaker.py from botocore's model
	$(VENV)/bin/python -m app.wire.generate

# docs/configuration.md's table of OPENAMT_* variables is written from Settings (app/config.py);
# tests/test_config_docs.py fails while it is stale.
docs: $(VENV)/.installed  ## regenerate the generated parts of docs/
	$(VENV)/bin/python -m tools.config_docs

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check app workers migrations tests bench examples tools
	$(VENV)/bin/ruff format --check app workers migrations tests bench examples tools
	$(VENV)/bin/mypy app workers
	$(VENV)/bin/lint-imports --no-cache --no-logo

# Lint and the fast tier first (a broken build fails in a minute), side by side with the
# SageMaker SDK's virtualenvs, which wait on pip more than on the CPU; then the tests on live
# services. The generator's virtualenv is there too: tests/test_generated_sdk.py regenerates
# the SDK and fails when the committed one differs (a stale SDK is a red CI, not a silent one).
test:  ## the whole suite, as CI runs it
	$(MAKE) -j3 lint test-fast sdk
	$(VENV)/bin/python -m pytest -m services -n 2 --dist loadfile --durations=20 $(ARGS)

# The fast tier: no openamt server, no PostgreSQL, Redis or browser (tests/conftest.py).
test-fast: $(VENV)/.installed $(GEN_VENV)/bin/openapi-python-client  ## the tests that need no services, in well under a minute
	$(VENV)/bin/python -m pytest -m "not services" -n 2 $(ARGS)

