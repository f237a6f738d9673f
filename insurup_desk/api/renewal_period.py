"""The renewal-period refusal of Kasko/Trafik proposals (addendum §J) as its own error type.

The server refuses a proposal for a vehicle whose current policy is not yet in its renewal period ("Yenileme
Dönemi Dışında"); the agent may accept the warning and ask again with ``forceBypassRenewalPeriod: true``. The
addendum names the warning, not its problem code, so both a ``RENEWAL_PERIOD…`` code and the wording are read.
"""

from __future__ import annotations

from .errors import ApiError, BusinessRuleViolation


class OutsideRenewalPeriod(BusinessRuleViolation):
    """The proposal was refused as outside the vehicle's renewal period; it may be asked again with the bypass."""

    @classmethod
    def from_error(cls, exc: ApiError) -> OutsideRenewalPeriod:
        return cls(exc.detail, suggestions=exc.suggestions, trace_id=exc.trace_id, status=exc.status,
                   codes=exc.codes, field_errors=exc.field_errors, problem_type=exc.problem_type, title=exc.title,
                   route=exc.route)


def is_outside_renewal_period(exc: ApiError) -> bool:
    if any("RENEWAL_PERIOD" in code.upper() for code in exc.codes):
        return True
    return "yenileme dönemi dışında" in exc.detail.replace("I", "ı").replace("İ", "i").casefold()
