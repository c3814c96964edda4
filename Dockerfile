# openamt: the API and its local workers (embedded mode) in one image.
# Build stage: wheels for openamt and its pinned dependencies.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY app ./app
COPY workers ./workers
COPY migrations ./migrations
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

# Run stage: only what runs, as a non-root user.
FROM python:3.11-slim
RUN useradd --create-home --uid 10001 openamt
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER openamt
WORKDIR /home/openamt
ENV OPENAMT_DATA_DIR=/home/openamt/data
EXPOSE 8000
# Inside a container the API must listen beyond loopback; publish the port on 127.0.0.1.
# --insecure: the container's own interface is not the host's network. Set
# OPENAMT_ACCESS_KEYS before publishing the port anywhere else (README, "Security").
CMD ["openamt", "serve", "--host", "0.0.0.0", "--port", "8000", "--insecure"]
