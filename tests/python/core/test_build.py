"""The routes into the library that bypass `make`: a pip build on a machine without the C++
headers, and a C++ application that includes only the umbrella header."""

from __future__ import annotations

import pathlib
import re
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]


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


#: Public headers the umbrella leaves out, and why: the engine's block of runs is compiled into
#: libstoreops; including it compiles the engine again in the including file.
NOT_IN_UMBRELLA = {"storeops/simulation/month_block.hpp"}


def test_the_umbrella_header_includes_every_public_header():
    include = ROOT / "include"

    def reached(header: pathlib.Path, seen: set[pathlib.Path]) -> set[pathlib.Path]:
        for name in re.findall(r"#include <(storeops/[\w/]+\.hpp)>", header.read_text(encoding="utf-8")):
            path = include / name
            if path not in seen:
                seen.add(path)
                reached(path, seen)
        return seen

    found = reached(include / "storeops" / "storeops.hpp", set())
    public = {p for p in (include / "storeops").rglob("*.hpp") if "detail" not in p.parts
              and str(p.relative_to(include)) not in NOT_IN_UMBRELLA}
    public.discard(include / "storeops" / "storeops.hpp")
    assert sorted(str(p.relative_to(include)) for p in public - found) == []
    # each area's umbrella includes every header of its folder
    for area in (p for p in (include / "storeops").iterdir() if p.is_dir() and p.name != "detail"):
        umbrella = (include / "storeops" / f"{area.name}.hpp").read_text(encoding="utf-8")
        for header in area.glob("*.hpp"):
            if f"storeops/{area.name}/{header.name}" in NOT_IN_UMBRELLA:
                assert f"<storeops/{area.name}/{header.name}>" not in umbrella
                continue
            assert f"<storeops/{area.name}/{header.name}>" in umbrella
