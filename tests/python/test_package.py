import pathlib
import re

import storeops


def test_version_matches_the_header():
    header = pathlib.Path(__file__).parents[2] / "include" / "storeops" / "version.hpp"
    version = re.search(r'STOREOPS_VERSION_STRING "([0-9.]+)"', header.read_text()).group(1)
    assert storeops.__version__ == version


def test_typed_and_public_names():
    package = pathlib.Path(storeops.__file__).parent
    assert (package / "py.typed").exists()
    assert (package / "_core.pyi").exists()
    for name in storeops.__all__:
        assert hasattr(storeops, name), name
