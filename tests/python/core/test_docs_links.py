"""Every link between the README and the pages of docs/ leads to a file that exists: a page
moved or renamed fails here instead of leaving a dead link."""

import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[3]
LINK = re.compile(r"\]\(([^)\s]+)\)")


#: Pages docs/conf.py writes at each build (from the command line's parser and the headers),
#: so a fresh clone does not have them until the docs are built.
GENERATED = {ROOT / "docs" / "reference" / "cli.md", ROOT / "docs" / "reference" / "cpp-api.md"}


def pages() -> list[pathlib.Path]:
    return [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").rglob("*.md"))]


def test_every_internal_link_resolves():
    dead = []
    for page in pages():
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue  # a web address or a heading of the same page
            path = (page.parent / target.split("#", 1)[0]).resolve()
            if not path.exists() and path not in GENERATED:
                dead.append(f"{page.relative_to(ROOT)} -> {target}")
    assert not dead, "dead links:\n" + "\n".join(dead)


def test_the_generated_pages_are_written_by_the_docs_build():
    conf = (ROOT / "docs" / "conf.py").read_text(encoding="utf-8")
    for page in GENERATED:
        assert f'HERE / "reference" / "{page.name}"' in conf, page.name


def test_the_readme_is_a_front_page():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 150
    assert readme.index("make demo") < readme.index("make test") < readme.index("## What it is")
    for guide in (ROOT / "docs" / "guide").glob("*.md"):  # every task page is reachable
        assert f"docs/guide/{guide.name}" in readme, guide.name
