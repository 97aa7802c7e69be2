"""The vocabulary every area shares: the English and Chinese names of stages, roles, columns and figures (C++ ``storeops/core/``)."""

from __future__ import annotations

from storeops.core import labels
from storeops.core.labels import (
    DEPARTMENTS_ZH,
    INPUTS_ZH,
    NAMED_VALUES,
    ROLES_ZH,
    SENTENCES,
    STAGES_ZH,
    ZH,
    check_labels,
    figure_label,
    label,
    name_of,
    rename,
    say,
)

__all__ = [
    "DEPARTMENTS_ZH",
    "INPUTS_ZH",
    "NAMED_VALUES",
    "ROLES_ZH",
    "SENTENCES",
    "STAGES_ZH",
    "ZH",
    "check_labels",
    "figure_label",
    "label",
    "labels",
    "name_of",
    "rename",
    "say",
]
