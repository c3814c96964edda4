# openamt in one image: `openamt serve` (API; embedded mode's workers too), `openamt worker`,
# `openamt beat`. Multi-stage: the build stage makes wheels, the run stage installs only them.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY app ./app
COPY workers ./workers
COPY migrations ./migrations
RUN pip wheel --no-cache-dir --wheel-dir /wheels ".[distributed]"

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 openamt \
    && mkdir /data && chown openamt /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels "openamt[distributed]" \
    && rm -rf /wheels
USER openamt
WORKDIR /home/openamt
ENV OPENAMT_DATA_DIR=/data PYTHONUNBUFFERED=1
EXPOSE 8000
CMD ["openamt", "serve", "--host", "0.0.0.0", "--port", "8000", "--insecure"]
