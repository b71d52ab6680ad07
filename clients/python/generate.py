"""Generates the typed Python clients of the four APIs from their OpenAPI documents.

    .venv/bin/python clients/python/generate.py            # rewrite clients/python/<api>/
    .venv/bin/python clients/python/generate.py --into DIR  # write elsewhere (the test does)

Each service's document is the one its app serves at /openapi.json, built without I/O; the
generator is openapi-python-client, with no formatting hooks, so the output depends only on the
documents and the generator's version. tests/unit/test_python_client.py regenerates and diffs.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from importlib import import_module
from pathlib import Path

HERE = Path(__file__).resolve().parent
SERVICES = ("intake", "workflow", "registry", "payments")
CONFIG = "post_hooks: []\nliteral_enums: true\n"


def document(service: str) -> dict[str, object]:
    # settings come from the environment; building an app and its document does no I/O
    os.environ.setdefault("DATABASE_URL", "postgresql://client@generator/none")
    os.environ.setdefault("KAFKA_BOOTSTRAP_SERVERS", "generator:9092")
    spec: dict[str, object] = import_module(f"services.{service}.app").create_app().openapi()
    return spec


def generate(into: Path) -> None:
    into.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        config = Path(work, "config.yaml")
        config.write_text(CONFIG)
        for service in SERVICES:
            spec = Path(work, f"{service}.json")
            spec.write_text(json.dumps(document(service), indent=1, sort_keys=True))
            subprocess.run(
                [str(Path(sys.executable).with_name("openapi-python-client")), "generate",
                 "--path", str(spec), "--config", str(config), "--meta", "none",
                 "--output-path", str(into / f"qorgau_{service}"), "--overwrite"],
                check=True, capture_output=True, text=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--into", type=Path, default=HERE)
    generate(parser.parse_args().into)
