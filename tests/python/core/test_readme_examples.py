"""The README's Python example runs as written, in a fresh folder, and prints what its comments
say: a statement commented with a value (``# 34``, ``# ¥214,740.94``, ``# 0.6773: ...``) is
evaluated and its value compared with the comment's first word."""

import ast
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
VALUE = re.compile(r"#\s*([-¥\d][\d,.¥-]*\d)")


def python_blocks(page: pathlib.Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


def run_block(source: str) -> list[tuple[str, str]]:
    """Runs the block statement by statement; returns (expected, got) for each commented value."""
    namespace: dict[str, object] = {}
    lines = source.splitlines()
    checked = []
    for node in ast.parse(source).body:
        code = ast.get_source_segment(source, node)
        assert code is not None
        if isinstance(node, ast.Expr):
            value = eval(compile(ast.Expression(node.value), "<README>", "eval"), namespace)
            comment = VALUE.search(lines[node.end_lineno - 1].split(code.splitlines()[-1], 1)[-1])
            if comment:
                checked.append((comment.group(1), str(value)))
        else:
            exec(compile(ast.Module([node], []), "<README>", "exec"), namespace)
    return checked


def test_the_readme_python_example_runs_and_prints_what_it_says(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a fresh folder: the example makes what it needs
    blocks = python_blocks(ROOT / "README.md")
    assert blocks, "the README has a Python example"
    checked = [pair for block in blocks for pair in run_block(block)]
    assert len(checked) >= 4  # the example states its figures
    for expected, got in checked:
        assert got == expected


def test_a_wrong_comment_is_caught():
    with pytest.raises(AssertionError):
        for expected, got in run_block("x = 29\nx                 # 34\n"):
            assert got == expected
