"""Strings built outside widgets (column headers, enum words, wizard messages) must reach English too.

pyside6-lupdate only extracts literal ``tr("...")``/``translate("Context", "...")`` calls and files ``tr`` under
the class it is written in, so helper wrappers or ``parent.tr`` silently leave text in Turkish.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from insurup_desk.ui import i18n

PACKAGE = Path(i18n.__file__).resolve().parents[1]
TS_FILE = i18n.TRANSLATIONS_DIR / "insurup_desk_en.ts"


def _is_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return False


def _translation_calls() -> Iterator[tuple[str, int, str]]:
    """(file, line, problem) for every tr/translate call lupdate would miss or file under another context."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if "sandbox" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
        yield from _walk(tree, path.relative_to(PACKAGE).as_posix(), called, in_class=False)


def _walk(node: ast.AST, where: str, called: set[int], *, in_class: bool) -> Iterator[tuple[str, int, str]]:
    for child in ast.iter_child_nodes(node):
        if (isinstance(child, ast.Attribute) and child.attr in ("tr", "translate") and id(child) not in called
                and ast.unparse(child.value) in ("self", "QCoreApplication")):
            yield where, child.lineno, f"{ast.unparse(child)} passed around: lupdate only sees direct calls"
        if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute | ast.Name):
            func = child.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id
            receiver = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
            if name == "tr":
                if receiver != "self" or not in_class:
                    yield where, child.lineno, f"{ast.unparse(child)[:60]}: use QCoreApplication.translate"
                elif not (child.args and _is_literal(child.args[0])):
                    yield where, child.lineno, f"{ast.unparse(child)[:60]}: text is not a literal"
            elif name == "translate" and receiver == "QCoreApplication" and not (
                len(child.args) >= 2 and _is_literal(child.args[0]) and _is_literal(child.args[1])
            ):
                yield where, child.lineno, f"{ast.unparse(child)[:60]}: context and text must be literals"
        yield from _walk(child, where, called, in_class=in_class or isinstance(child, ast.ClassDef))


def test_every_translatable_call_is_extractable() -> None:
    assert list(_translation_calls()) == []


def test_one_placeholder_style_numbered_and_the_same_in_both_languages() -> None:
    """Qt's %1, %2 … everywhere (never str.format's {name}), and a translation keeps every placeholder."""
    problems = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if re.search(r"\{\w*\}", source):
            problems.append(f"named placeholder: {source!r}")
        if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", translation)):
            problems.append(f"placeholders differ: {source!r} -> {translation!r}")
    assert problems == []


def test_every_entry_of_the_english_file_is_translated() -> None:
    root = ET.parse(TS_FILE).getroot()
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is None or translation.get("type") == "unfinished"
    ]
    assert unfinished == []
    assert {context.findtext("name") for context in root.iter("context")}.isdisjoint({"", "parent", "owner"})


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    translator = i18n.TsTranslator(TS_FILE)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("english")
def test_list_headers_and_enum_words_are_english() -> None:
    from insurup_desk.ui.pages.customers import customer_spec
    from insurup_desk.ui.pages.policies import policy_columns
    from insurup_desk.ui.tables.labels import payment_labels, policy_state_labels

    assert [c.title for c in policy_columns()][:2] == ["Policy no.", "Insured"]
    assert customer_spec().columns[0].title == "Name / company name"
    assert policy_state_labels()["ACTIVE"] == "In force"
    assert payment_labels()["SYNC_CREDIT_CARD"] == "Credit card"


@pytest.mark.usefixtures("english")
def test_wizard_messages_and_coverage_names_are_english() -> None:
    from insurup_desk.ui.wizard.common import problem_text
    from insurup_desk.ui.wizard.coverage_text import label_for, value_text
    from insurup_desk.ui.wizard.vehicle_form_widget import fuel_names, usage_names

    assert problem_text("required") == "This field is required."
    assert label_for("hirsizlik") == "Theft"
    assert value_text({"$type": "INCLUDED"}) == "Included"
    assert usage_names()["TAXI"] == "Taxi"
    assert fuel_names()["DIESEL"] == "Diesel"
