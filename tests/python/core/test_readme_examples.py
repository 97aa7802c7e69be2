"""The Python examples of the README and of every page in docs/ run as written, page by page in
a fresh folder, and give what their comments say: a statement commented with a value
(``# 34``, ``# ¥214,740.94``, ``# 0.6773: ...``) is evaluated and its value (a tuple's first)
compared with the comment's first word; one commented ``# storeops.Error: <message>`` must
raise that error. A block opened as ```python skip is shown, not run (it starts a cluster)."""

import ast
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
VALUE = re.compile(r"#\s*([-¥\d][\d,.¥-]*\d)")
RAISES = re.compile(r"#\s*storeops\.Error:\s*(.+)$")


def python_blocks(page: pathlib.Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


def run_block(source: str, namespace: dict[str, object] | None = None) -> list[tuple[str, str]]:
    """Runs the block statement by statement (in ``namespace``, shared by a page's blocks);
    returns (expected, got) for each commented value."""
    namespace = {} if namespace is None else namespace
    lines = source.splitlines()
    checked = []
    for node in ast.parse(source).body:
        code = ast.get_source_segment(source, node)
        assert code is not None
        if isinstance(node, ast.Expr):
            assert node.end_lineno is not None
            tail = lines[node.end_lineno - 1].split(code.splitlines()[-1], 1)[-1]
            expression = compile(ast.Expression(node.value), "<README>", "eval")
            raises = RAISES.search(tail)
            if raises:
                import storeops

                try:
                    eval(expression, namespace)
                except storeops.Error as err:
                    checked.append((raises.group(1).strip(), str(err)))
                else:
                    checked.append((raises.group(1).strip(), "no error"))
                continue
            value = eval(expression, namespace)
            comment = VALUE.search(tail)
            if comment:
                shown = value[0] if isinstance(value, tuple) else value
                checked.append((comment.group(1), str(shown)))
        else:
            exec(compile(ast.Module([node], []), "<README>", "exec"), namespace)
    return checked


def test_the_readme_python_example_runs_and_prints_what_it_says(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a fresh folder: the example makes what it needs
    blocks = python_blocks(ROOT / "README.md")
    assert blocks, "the README has a Python example"
    namespace: dict[str, object] = {}
    checked = [pair for block in blocks for pair in run_block(block, namespace)]
    assert len(checked) >= 4  # the example states its figures
    for expected, got in checked:
        assert got == expected


PAGES = sorted(p for p in (ROOT / "docs").rglob("*.md") if python_blocks(p))


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_docs_example_runs_and_gives_what_it_says(page, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    checked = [pair for block in python_blocks(page) for pair in run_block(block, namespace)]
    for expected, got in checked:
        assert got == expected


def test_a_wrong_comment_is_caught():
    with pytest.raises(AssertionError):
        for expected, got in run_block("x = 29\nx                 # 34\n"):
            assert got == expected
