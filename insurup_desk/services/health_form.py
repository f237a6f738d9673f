"""The TSS health form as plain data: what was typed, the rules it must meet, and the body it becomes.

Problems come back as codes keyed by the API property they feed (``height``, ``weight``, ``surgeries``,
``diseases``, ``relative:<id>:height``…), so the server's own validation errors land on the same fields;
the Turkish wording lives with the widgets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from insurup_desk.api.models.health import HealthInfo, HealthInfoUpdate
from insurup_desk.domain.identity import compact_number, is_valid_tckn

#: Plausible ranges for anyone a TSS policy covers, newborns to adults (cm / kg).
HEIGHT_CM: Final = (40, 250)
WEIGHT_KG: Final = (2, 350)
#: Body-mass index bounds no living person falls outside of: a pair beyond them is a typing slip.
BMI_BOUNDS: Final = (7.0, 100.0)
#: One insured person plus at most four family members per proposal (server rule).
MAX_ADDITIONAL: Final = 4

_WHOLE = re.compile(r"^\d{1,3}$")
_METRES = re.compile(r"^[12][.,]\d{1,2}$")
_UNIT = re.compile(r"\s*(cm|kg)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HealthDraft:
    """The main insured person's answers. ``None`` for a question means it has not been answered yet."""

    height: str = ""
    weight: str = ""
    had_surgery: bool | None = None
    surgeries: tuple[str, ...] = ()
    has_disease: bool | None = None
    diseases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RelativeDraft:
    """A family member taken into the proposal, with the height and weight the proposal needs of them."""

    customer_id: str
    name: str
    relation: str
    height: str = ""
    weight: str = ""
    # Their stored answers are kept as they are: the desk asks the questions of the main insured person.
    surgeries: tuple[str, ...] = ()
    diseases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HealthEntry:
    """Everything the health step sends: the insured person and the family members taken along."""

    customer_id: str
    draft: HealthDraft
    family: tuple[RelativeDraft, ...] = field(default_factory=tuple)


def _clean(text: str) -> str:
    return _UNIT.sub("", text.strip())


def _measure(text: str, key: str, bounds: tuple[int, int], problems: dict[str, str]) -> int | None:
    value = _clean(text)
    kind = key.rsplit(":", 1)[-1]
    if not value:
        problems[key] = "required"
        return None
    if kind == "height" and _METRES.match(value):
        problems[key] = "height_in_metres"
        return None
    if not _WHOLE.match(value):
        problems[key] = f"{kind}_not_whole"
        return None
    number = int(value)
    if not bounds[0] <= number <= bounds[1]:
        problems[key] = f"{kind}_range"
        return None
    return number


def _pair(height_text: str, weight_text: str, prefix: str, problems: dict[str, str]) -> tuple[int, int] | None:
    height = _measure(height_text, f"{prefix}height", HEIGHT_CM, problems)
    weight = _measure(weight_text, f"{prefix}weight", WEIGHT_KG, problems)
    if height is None or weight is None:
        return None
    bmi = weight / (height / 100) ** 2
    if not BMI_BOUNDS[0] <= bmi <= BMI_BOUNDS[1]:
        problems[f"{prefix}weight"] = "height_weight_mismatch"
        return None
    return height, weight


def _answers(answer: bool | None, picked: Sequence[str], key: str, problems: dict[str, str]) -> None:
    if answer is None:
        problems[key] = "answer_required"
    elif answer and not picked:
        problems[key] = "pick_one"


def problems(entry: HealthEntry) -> dict[str, str]:
    """Every rule the entry breaks, as ``{field key: code}``; empty when it can be sent."""
    found: dict[str, str] = {}
    draft = entry.draft
    _pair(draft.height, draft.weight, "", found)
    _answers(draft.had_surgery, draft.surgeries, "surgeries", found)
    _answers(draft.has_disease, draft.diseases, "diseases", found)
    ids = [r.customer_id for r in entry.family]
    if len(ids) > MAX_ADDITIONAL:
        found["family"] = "family_too_many"
    elif len(set(ids)) != len(ids) or entry.customer_id in ids:
        found["family"] = "family_duplicate"
    for relative in entry.family:
        _pair(relative.height, relative.weight, f"relative:{relative.customer_id}:", found)
    return found


#: Relations the desk links by hand; the server adds the parent and sibling links itself.
LINKABLE_RELATIONS: Final = ("SPOUSE", "CHILD")


def relative_problems(identity_number: str, relation: str) -> dict[str, str]:
    """What is wrong with a family member to be linked (``relative_identity``), empty when it can be sent."""
    number = compact_number(identity_number)
    if not number:
        return {"relative_identity": "required"}
    if not is_valid_tckn(number):
        return {"relative_identity": "tckn_invalid"}
    if relation not in LINKABLE_RELATIONS:
        return {"relative_identity": "relation_required"}
    return {}


def _whole(text: str) -> int:
    return int(_clean(text))


def update_bodies(entry: HealthEntry) -> list[HealthInfoUpdate]:
    """The PUT bodies, main insured person first; call only when ``problems(entry)`` is empty."""
    draft = entry.draft
    bodies = [HealthInfoUpdate(
        customer_id=entry.customer_id, height=_whole(draft.height), weight=_whole(draft.weight),
        surgeries=list(draft.surgeries) if draft.had_surgery else [],
        diseases=list(draft.diseases) if draft.has_disease else [])]
    for relative in entry.family:
        bodies.append(HealthInfoUpdate(customer_id=relative.customer_id, height=_whole(relative.height),
                                       weight=_whole(relative.weight), surgeries=list(relative.surgeries),
                                       diseases=list(relative.diseases)))
    return bodies


def draft_from(info: HealthInfo | None) -> HealthDraft:
    """The form prefilled from stored health info; questions stay unanswered when nothing was ever saved."""
    if info is None:
        return HealthDraft()
    return HealthDraft(
        height="" if info.height is None else str(info.height),
        weight="" if info.weight is None else str(info.weight),
        had_surgery=bool(info.surgeries) if info.complete else None,
        surgeries=tuple(info.surgeries),
        has_disease=bool(info.diseases) if info.complete else None,
        diseases=tuple(info.diseases),
    )


def server_field(name: str) -> str:
    """A server validation property (``Height``, ``healthInfo.weight``) as the form's field key."""
    last = name.rsplit(".", 1)[-1]
    return last[:1].lower() + last[1:]


def ordered(values: Iterable[str], order: Sequence[str]) -> tuple[str, ...]:
    """Values in the form's order; values it does not know keep their place at the end."""
    seen = list(dict.fromkeys(values))
    return tuple(sorted(seen, key=lambda v: order.index(v) if v in order else len(order)))


def known_codes() -> Mapping[str, str]:
    """Server codes of the TSS proposal and family-link rules, and the form field (or ``family``) each is about."""
    return {
        "PROPOSAL_HEIGHT_REQUIRED": "height",
        "PROPOSAL_WEIGHT_REQUIRED": "weight",
        "PROPOSAL_INSURER_MUST_BE_ADULT": "family",
        "PROPOSAL_MAX_FAMILY_MEMBERS_EXCEEDED": "family",
        "PROPOSAL_ADDITIONAL_INSURED_DUPLICATE": "family",
        "PROPOSAL_ADDITIONAL_INSURED_NOT_RELATIVE": "family",
        "PROPOSAL_ADDITIONAL_INSURED_CHILD_TOO_OLD": "family",
        "PROPOSAL_FAMILY_REQUIRES_ADULT": "family",
        "CUSTOMER_RELATIONSHIP_SELF": "relative_identity",
        "CUSTOMER_RELATIONSHIP_DUPLICATE": "relative_identity",
        "CUSTOMER_RELATIONSHIP_SPOUSE_EXISTS": "relative_identity",
        "CUSTOMER_RELATIONSHIP_CHILD_OTHER_FAMILY": "relative_identity",
        "CUSTOMER_RELATIONSHIP_PARENT_MANUAL": "relative_identity",
    }
