"""The routes into the library that bypass `make`: a pip build on a machine without the C++
headers, and a C++ application that includes only the umbrella header."""

from __future__ import annotations

import pathlib
import re
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("cmake") is None, reason="needs cmake")
def test_a_build_without_the_cpp_headers_names_every_missing_one_and_how_to_install_it(tmp_path):
    result = subprocess.run(
        ["cmake", "-S", str(ROOT), "-B", str(tmp_path), "-DSTOREOPS_BUILD_TESTS=OFF",
         "-DCMAKE_DISABLE_FIND_PACKAGE_Eigen3=ON", "-DCMAKE_DISABLE_FIND_PACKAGE_nlohmann_json=ON"],
        capture_output=True, text=True)
    assert result.returncode != 0
    message = " ".join(result.stderr.split())
    assert "storeops cannot be built: these C++ libraries are missing" in message
    assert "apt-get install libeigen3-dev" in message and "pip install cmeel-eigen" in message
    assert "apt-get install nlohmann-json3-dev" in message


def test_the_umbrella_header_includes_every_public_header():
    include = ROOT / "include" / "storeops"
    umbrella = (include / "storeops.hpp").read_text(encoding="utf-8")
    included = set(re.findall(r'#include "([\w/]+\.hpp)"', umbrella))
    public = {p.name for p in include.glob("*.hpp")} - {"storeops.hpp"}
    assert public - included == set()
