"""Every list of the four APIs bounds its offset and limit once (`eventkit.paging`): a huge,
negative or fractional one is a 422 naming the parameter, never a server error."""

import pytest

from .conftest import SERVICES, refused

pytestmark = pytest.mark.integration

BAD_OFFSETS = ["100000000000000000000", "-1", "100001", "1.5", "1e3", "9" * 400]
BAD_LIMITS = ["0", "-5", "100000000000000000000", "true"]


def lists(openapi: dict) -> list[str]:
    """The paths whose GET takes an `offset`."""
    return [path for path, operations in openapi["paths"].items()
            if any(p["name"] == "offset" for p in operations.get("get", {}).get("parameters", []))]


@pytest.mark.parametrize("service", SERVICES)
async def test_a_bad_offset_or_limit_on_any_list_is_refused_naming_it(apis, service):
    api = apis[service]
    paths = lists(api.app.openapi())
    assert paths, "every API lists something"
    for path in paths:
        for offset in BAD_OFFSETS:
            refused(await api.call("GET", path, params={"offset": offset}), 422, "offset")
        for limit in BAD_LIMITS:
            refused(await api.call("GET", path, params={"limit": limit}), 422, "limit")
        good = await api.call("GET", path, params={"offset": "100000", "limit": "1"})
        assert good.status_code == 200, (path, good.text)


@pytest.mark.parametrize("service", SERVICES)
async def test_every_list_documents_the_same_bounds(apis, service):
    for path in lists(apis[service].app.openapi()):
        operation = apis[service].app.openapi()["paths"][path]["get"]
        offset = next(p for p in operation["parameters"] if p["name"] == "offset")
        assert offset["schema"]["minimum"] == 0 and offset["schema"]["maximum"] == 100_000, path
