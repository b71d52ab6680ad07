from datetime import date

import pytest

from contracts.catalogue import Catalogue, catalogue_for


@pytest.fixture(scope="session")
def cat() -> Catalogue:
    """The catalogue in force after the last amendment (No. 547)."""
    return catalogue_for(date(2020, 1, 6))
