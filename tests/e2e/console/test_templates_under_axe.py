"""Every template of the console is rendered under axe by some browser test: a page's own
template (it names itself outside production), what that template extends, includes and
imports, and the fragments htmx swaps in. A template no test shows fails here by name."""

from importlib import resources
from pathlib import Path

import jinja2
import pytest
from jinja2 import meta

from tests.e2e.console import conftest

TEMPLATES = Path(str(resources.files("services.console").joinpath("templates")))
HERE = Path(__file__).parent
pytestmark = pytest.mark.e2e


def referenced(name: str, env: jinja2.Environment) -> set[str]:
    """`name` and every template it extends, includes or imports, to the end."""
    found, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current in found:
            continue
        found.add(current)
        source = (TEMPLATES / current).read_text(encoding="utf-8")
        todo += [t for t in meta.find_referenced_templates(env.parse(source)) if t]
    return found


def test_every_template_was_checked_by_axe(request: pytest.FixtureRequest):
    files = {p.name for p in HERE.glob("test_*.py")}
    ran = {Path(str(item.fspath)).name for item in request.session.items}
    if not files <= ran:
        pytest.skip("only when every browser test of the console runs")
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    every = {str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html")}
    reached: set[str] = set()
    for name in conftest.CHECKED_TEMPLATES:
        reached |= referenced(name, env)
    assert not every - reached, f"no browser test checks these under axe: {sorted(every - reached)}"
