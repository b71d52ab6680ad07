"""The production image carries the system but not its demo: checked from the build files."""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
DEMO_ONLY = ("qorgau/demo", "qorgau/scenarios")


def ignored() -> set[str]:
    """The .dockerignore patterns, as paths relative to the build context."""
    patterns = set()
    for line in DOCKERIGNORE.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            assert not line.startswith("!"), f"{line!r}: nothing is re-included into the image"
            patterns.add(line.strip("/").removeprefix("./"))
    return patterns


def copied() -> set[str]:
    """What the Dockerfile copies from the build context."""
    sources = set()
    for args in re.findall(r"^COPY\s+(?!--from)(.+)$", DOCKERFILE.read_text(), re.M):
        sources.update(part.strip("/").removeprefix("./") for part in args.split()[:-1])
    return sources


def test_the_build_context_is_the_root_that_holds_the_dockerignore():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    for name, service in compose["services"].items():
        if "build" in service:
            assert (ROOT / service["build"]["context"]).resolve() == ROOT, name
    assert DOCKERIGNORE.is_file()


def test_the_image_excludes_the_demo_and_the_scenarios():
    patterns = ignored()
    for folder in DEMO_ONLY:
        assert (ROOT / folder).is_dir(), f"{folder} moved: update .dockerignore and this test"
        assert folder in patterns, f"{folder} would be baked into the production image"


def test_the_image_keeps_out_development_state():
    assert {".git", ".venv", ".qorgau", "tests", "bench"} <= ignored()


def test_the_image_copies_every_package_it_installs():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    included = project["tool"]["setuptools"]["packages"]["find"]["include"]
    packages = {pattern.rstrip("*") for pattern in included}
    assert "qorgau" in packages
    assert packages <= copied()
    assert project["project"]["scripts"]["qorgau"] == "qorgau.cli:main"


def test_what_the_image_runs_imports_without_the_demo_and_the_scenarios():
    # what the image runs: the CLI (rebuild, dead-letters, tokens) and the treasury simulator
    blocked = [folder.replace("/", ".") for folder in DEMO_ONLY]
    script = f"""
import sys

class NotInTheImage:
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in {blocked!r}):
            raise ImportError(f"{{name}} is not in the production image")

sys.meta_path.insert(0, NotInTheImage())
import qorgau.cli, qorgau.treasury.__main__
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
