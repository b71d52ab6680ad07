"""A client cannot choose its own address: the dev stack and the image run uvicorn without
believing proxy headers, unless a deployment names the proxies it trusts."""

import json
import os
import re
import stat
import subprocess
from pathlib import Path

import pytest
from uvicorn.main import main as uvicorn_main

from qorgau.devstack import SERVICES, Stack

ROOT = Path(__file__).resolve().parents[3]
DOCKERFILE = ROOT / "deploy" / "Dockerfile"


def options(arguments: list[str]) -> dict[str, object]:
    """What uvicorn makes of its command line (its own parser, not a copy of it)."""
    context = uvicorn_main.make_context("uvicorn", list(arguments), resilient_parsing=True)
    return dict(context.params)


def test_the_dev_stack_believes_no_proxy_header(tmp_path):
    stack = Stack(home=tmp_path)
    stack.server_uri, stack.bootstrap = "postgresql://127.0.0.1:9/x", "127.0.0.1:9"
    stack.define()
    for name in (*SERVICES, "console"):
        command = stack.processes[name].command
        given = options(command[command.index("uvicorn") + 1:])
        assert given["proxy_headers"] is False, name


def _image_command(tmp_path: Path, **env: str) -> dict[str, object]:
    """The image's CMD run by its shell with a `uvicorn` that only says how it was called."""
    shell, flag, script = json.loads(re.search(r"^CMD (\[.*\])$", DOCKERFILE.read_text(),
                                               re.M).group(1))
    fake = tmp_path / "uvicorn"
    fake.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    run_env = {"PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}", "SERVICE_NAME": "registry",
               **env}
    said = subprocess.run([shell, flag, script], env=run_env, capture_output=True, text=True,
                          check=True).stdout.splitlines()
    return options(said)


@pytest.mark.parametrize("trusted", [None, ""])
def test_the_image_believes_no_proxy_header_by_default(tmp_path, trusted):
    env = {} if trusted is None else {"FORWARDED_ALLOW_IPS": trusted}
    assert _image_command(tmp_path, **env)["proxy_headers"] is False


def test_the_image_believes_the_proxies_a_deployment_names(tmp_path):
    given = _image_command(tmp_path, FORWARDED_ALLOW_IPS="10.0.0.0/8")
    assert given["proxy_headers"] is True
    # uvicorn reads the trusted addresses from FORWARDED_ALLOW_IPS itself
    assert given["forwarded_allow_ips"] in (None, "10.0.0.0/8")
