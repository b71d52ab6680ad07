"""The layout's rules, checked on the code's own syntax trees (never on prose).

- a service's `domain/` is pure: it imports `contracts`, the standard library and pure libraries
  only, and never reads the clock or makes ids (time and ids come in the commands);
- a service never imports another service;
- `contracts` and `eventkit` neither import nor name a service (nor the system package);
- in a service, only `commanding.py` runs the write path or binds a decider to it;
- every service has the same rooms;
- the console (a service without an event log) imports no service, no store or database module:
  it reaches the services through their HTTP APIs only.
"""

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# the event-sourced services: each owns a database, hence its migrations
SERVICES = sorted(p.name for p in (ROOT / "services").iterdir()
                  if p.is_dir() and (p / "app.py").exists() and (p / "migrations").is_dir())
CONSOLE = ROOT / "services" / "console"
CONSOLE_ROOMS = ("app.py", "pages", "schemas.py", "clients.py", "templates", "static", "locales",
                 "README.md")
STORAGE_MODULES = {"eventkit.store", "eventkit.db", "eventkit.commands", "eventkit.inbox",
                   "eventkit.relay", "eventkit.projections", "eventkit.migrate", "asyncpg"}
ROOMS = ("domain", "commanding.py", "api.py", "schemas.py", "queries.py", "handlers.py",
         "projections.py", "timers.py", "app.py", "migrations", "README.md")
PURE_LIBRARIES = {"pydantic", "yaml", "schwifty", "typing_extensions", "contracts"}
IMPURE_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"),
                ("time", "time"), ("uuid", "uuid4"), ("", "uuid4"), ("", "uuid1"),
                ("random", "random"), ("secrets", "token_hex"), ("secrets", "token_urlsafe")}


def python_files(folder: Path) -> Iterator[Path]:
    yield from sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def module_of(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, absolute module) of every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module_of(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                yield node.lineno, ".".join([*base, *([node.module] if node.module else [])])
            else:
                yield node.lineno, node.module or ""


def top(module: str) -> str:
    return module.split(".")[0]


def strings(path: Path) -> Iterator[tuple[int, str]]:
    """String constants that are values in the code (docstrings left out)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            yield node.lineno, node.value


def names_a_service(text: str) -> bool:
    return any(text == name or text.startswith((f"{name}.", f"services.{name}"))
               for name in SERVICES) or text.startswith("services.")


def where(path: Path, line: int) -> str:
    return f"{path.relative_to(ROOT)}:{line}"


def test_there_are_services_to_check():
    assert {"intake", "workflow", "registry", "payments"} <= set(SERVICES)


@pytest.mark.parametrize("service", SERVICES)
def test_every_service_has_the_same_rooms(service):
    missing = [room for room in ROOMS if not (ROOT / "services" / service / room).exists()]
    assert not missing, f"services/{service} lacks {missing}"


@pytest.mark.parametrize("service", SERVICES)
def test_a_domain_imports_only_contracts_the_standard_library_and_pure_libraries(service):
    domain = ROOT / "services" / service / "domain"
    own = f"services.{service}.domain"
    bad = [f"{where(path, line)} imports {module}"
           for path in python_files(domain) for line, module in imports(path)
           if not (module == own or module.startswith(own + ".")
                   or top(module) in sys.stdlib_module_names or top(module) in PURE_LIBRARIES)]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("service", SERVICES)
def test_a_domain_reads_no_clock_and_makes_no_ids(service):
    bad = []
    for path in python_files(ROOT / "services" / service / "domain"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute):
                owner = func.value.id if isinstance(func.value, ast.Name) else ""
                call = (owner, func.attr)
            elif isinstance(func, ast.Name):
                call = ("", func.id)
            else:
                continue
            if call in IMPURE_CALLS:
                bad.append(f"{where(path, node.lineno)} calls {'.'.join(filter(None, call))}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_never_imports_another_service(service):
    bad = [f"{where(path, line)} imports {module}"
           for path in python_files(ROOT / "services" / service)
           for line, module in imports(path)
           if (top(module) == "services" and module.split(".")[1:2] != [service])
           or top(module) == "qorgau"]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("package", ["contracts", "eventkit"])
def test_the_shared_packages_neither_import_nor_name_a_service(package):
    bad = [f"{where(path, line)} imports {module}"
           for path in python_files(ROOT / package) for line, module in imports(path)
           if top(module) in {"services", "qorgau", "tests", "bench"}]
    if package == "eventkit":  # contracts names the services' topics and event types: its job
        bad += [f"{where(path, line)} names {text!r}"
                for path in python_files(ROOT / package) for line, text in strings(path)
                if names_a_service(text)]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("service", SERVICES)
def test_only_commanding_runs_the_write_path(service):
    folder = ROOT / "services" / service
    bad = []
    for path in python_files(folder):
        if path.name == "commanding.py" and path.parent == folder:
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in {"eventkit.commands",
                                                                     "eventkit.store"}:
                used = {alias.name for alias in node.names}
                if used & {"execute", "append"}:
                    bad.append(f"{where(path, node.lineno)} imports {sorted(used)}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in {"Decider", "Streams"}:
                bad.append(f"{where(path, node.lineno)} binds a {node.func.id}")
            if isinstance(node, ast.Attribute) and node.attr in {"execute", "append"} \
                    and isinstance(node.value, ast.Name) and node.value.id in {"commands",
                                                                               "store"}:
                bad.append(f"{where(path, node.lineno)} calls {node.value.id}.{node.attr}")
    assert not bad, "\n".join(bad)


def test_the_console_has_its_rooms():
    missing = [room for room in CONSOLE_ROOMS if not (CONSOLE / room).exists()]
    assert not missing, f"services/console lacks {missing}"


def test_the_console_imports_no_service_and_no_storage():
    bad = [f"{where(path, line)} imports {module}"
           for path in python_files(CONSOLE) for line, module in imports(path)
           if (top(module) == "services" and module.split(".")[1:2] != ["console"])
           or top(module) == "qorgau"
           or any(module == m or module.startswith(m + ".") for m in STORAGE_MODULES)]
    assert not bad, "\n".join(bad)
