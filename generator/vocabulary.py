"""The fixed words of the catalogue: units, movement patterns, muscles and equipment.

A contributor picks from these lists, so the tag pages group exercises without near-duplicates
("hamstring", "hamstrings", "hams"). Adding a word here is how the vocabulary grows.
"""

from __future__ import annotations

from enum import StrEnum


class Unit(StrEnum):
    """Units of weight for the load tables."""

    KG = "kg"
    LB = "lb"


class Formula(StrEnum):
    """How a set of several reps estimates a one-repetition maximum (1RM)."""

    EPLEY = "epley"  # weight x (1 + reps / 30)
    BRZYCKI = "brzycki"  # weight x 36 / (37 - reps)


class Pattern(StrEnum):
    """Movement patterns, used for the catalogue and the tag pages."""

    HINGE = "hinge"
    SQUAT = "squat"
    LUNGE = "lunge"
    BRIDGE = "bridge"
    EXTENSION = "extension"
    OLYMPIC = "olympic"
    PUSH = "push"
    PULL = "pull"
    CARRY = "carry"
    CORE = "core"


class Muscle(StrEnum):
    """Muscles, used for the catalogue and the tag pages."""

    ERECTORS = "erectors"
    GLUTES = "glutes"
    HAMSTRINGS = "hamstrings"
    QUADRICEPS = "quadriceps"
    ADDUCTORS = "adductors"
    CALVES = "calves"
    ABDOMINALS = "abdominals"
    OBLIQUES = "obliques"
    LATS = "lats"
    TRAPEZIUS = "trapezius"
    UPPER_BACK = "upper-back"
    SHOULDERS = "shoulders"
    CHEST = "chest"
    BICEPS = "biceps"
    TRICEPS = "triceps"
    FOREARMS = "forearms"
    HIP_FLEXORS = "hip-flexors"


class Equipment(StrEnum):
    """Equipment a lifter needs, used for the catalogue and the tag pages."""

    BARBELL = "barbell"
    PLATES = "plates"
    DUMBBELL = "dumbbell"
    KETTLEBELL = "kettlebell"
    SQUAT_RACK = "squat-rack"
    BENCH = "bench"
    BACK_EXTENSION_BENCH = "back-extension-bench"
    BANDS = "bands"
    BODYWEIGHT = "bodyweight"
