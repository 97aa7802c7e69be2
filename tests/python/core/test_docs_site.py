"""The documentation site (``make docs``): Sphinx builds docs/ with warnings as errors (a dead
link between pages, a page in no table of contents, a docstring that does not parse) and no
network, and the built pages render in a real browser with every image they show."""

import pathlib
import re
import shutil
import subprocess
import sys

import pytest

AREAS = ("core", "plan", "market", "simulation", "team", "catalog", "campaign_day",
         "readers", "tracking", "reviews", "outputs")

pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")
pytest.importorskip("myst_nb")
pytest.importorskip("pydata_sphinx_theme")
ROOT = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run([sys.executable, "-m", "sphinx", "-W", "--keep-going", "-E", "-q",
                           "-b", "html", str(ROOT / "docs"), str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return out


def test_the_site_has_every_page_and_the_generated_references(site):
    for page in ("index", "getting-started", "install", "weekly-review", "model", "seeds",
                 "assumptions", "plan-schema", "performance", "reference/python-api",
                 *(f"reference/python/{area}" for area in AREAS),
                 "reference/cpp-api", "reference/cli",
                 *(f"notebooks/{p.stem}" for p in (ROOT / "notebooks").glob("*.ipynb")),
                 *(f"guide/{p.stem}" for p in (ROOT / "docs" / "guide").glob("*.md"))):
        assert (site / f"{page}.html").exists(), page
    for area, name in (("simulation", "storeops.simulate"), ("reviews", "storeops.week_review"),
                       ("team", "storeops.ErlangStaffing"), ("readers", "storeops.read_daily"),
                       ("core", "storeops.Money")):
        api = (site / "reference" / "python" / f"{area}.html").read_text(encoding="utf-8")
        assert f'id="{name}"' in api, name  # from the docstrings, on its area's page
    cpp = (site / "reference" / "cpp-api.html").read_text(encoding="utf-8")
    for name in ("storeops/team/staffing.hpp", "StaffingPolicy", "BeyondTable", "monte_carlo",
                 "after_sales_hours"):
        assert name in cpp, name  # from the headers' own comments
    cli = (site / "reference" / "cli.html").read_text(encoding="utf-8")
    for command in ("simulate", "montecarlo", "week", "month", "campaign", "example-store"):
        assert f"python -m storeops {command}" in cli, command  # from the parser itself


def test_no_page_reaches_the_network_and_every_image_exists(site):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"""<(link|script)[^>]+(href|src)=["']https?://""", html), page
        for src in re.findall(r"""<img[^>]+src=["']([^"']+)["']""", html):
            assert (page.parent / src).exists(), f"{page.name}: {src}"


def test_the_index_and_the_weekly_review_guide_render_in_a_browser(site):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.fail("chromium is not installed: scripts/ensure_deps.sh installs it")
    for page, words in (("index.html", ["User guide", "Plan a store and its money"]),
                        ("weekly-review.html", ["week", "The weekly review page"])):
        path = site / page
        dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                              "--dump-dom", "--virtual-time-budget=2000", path.as_uri()],
                             capture_output=True, text=True, timeout=120).stdout
        for word in words:
            assert word in dom, (page, word)
        shot = site / f"{path.stem}.png"
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", f"--screenshot={shot}", "--window-size=1200,1600",
                        path.as_uri()], capture_output=True, text=True, timeout=120)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert shot.stat().st_size > 30_000, page  # a page, not a blank


def test_every_public_name_is_on_the_page_of_its_area_once(site):
    """The Python reference by area (one page per subpackage) loses no name of
    ``storeops.__all__`` and shows none twice."""
    import storeops

    pages = {area: (site / "reference" / "python" / f"{area}.html").read_text(encoding="utf-8")
             for area in AREAS}
    for name in storeops.__all__:
        obj = getattr(storeops, name)
        # a name, a module by its own path, or a table under the module that holds it
        anchor = re.compile(rf'id="(storeops\.{name}|module-{getattr(obj, "__name__", "-")}|'
                            rf'storeops\.[a-z_]+\.[a-z_]+\.{name})"')
        found = [area for area, html in pages.items() if anchor.search(html)]
        assert len(found) == 1, (name, found)
