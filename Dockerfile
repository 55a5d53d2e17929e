# BackFit, hosted: one container, the database on a volume at /data (docs/deploy.md).
# Builds from uv.lock: the image holds exactly the locked versions, with the hosted extra
# (streamlit[auth], Authlib) and no dev tools.
FROM python:3.11-slim

ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    PYTHONUNBUFFERED=1
RUN pip install --no-cache-dir uv==0.13.9

WORKDIR /app
# Dependencies first, so a code change does not reinstall them.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --locked --no-dev --extra hosted --no-install-project
COPY app.py ./
COPY .streamlit/config.toml .streamlit/config.toml
COPY backfit backfit
COPY views views
RUN uv sync --locked --no-dev --extra hosted

RUN useradd --system --uid 10001 --home-dir /data backfit \
    && mkdir -p /data && chown backfit /data
USER backfit
ENV PATH=/app/.venv/bin:$PATH \
    BACKFIT_DB=/data/backfit.duckdb
VOLUME /data
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s CMD python -c \
    "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health')"

# Secrets ([auth], cookie secret) are mounted at run time, never built in.
CMD ["streamlit", "run", "app.py", \
     "--server.address", "0.0.0.0", "--server.port", "8501", "--server.headless", "true", \
     "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false", \
     "--secrets.files", "/run/secrets/backfit.toml"]
