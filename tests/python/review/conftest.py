import shutil

import pytest

import storeops


@pytest.fixture(scope="session")
def example_folder(tmp_path_factory):
    """The example store, made once; tests that change a store copy it first."""
    return storeops.example_store(tmp_path_factory.mktemp("shop") / "shop")


@pytest.fixture
def shop(example_folder, tmp_path):
    """A fresh copy of the example store, for a test that writes reviews or changes exports."""
    return pathlib_copy(example_folder, tmp_path / "shop")


def pathlib_copy(source, target):
    shutil.copytree(source, target)
    return target
