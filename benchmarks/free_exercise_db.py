"""Convert free-exercise-db's exercises into an exercises.toml catalogue: a real catalogue of 873 exercises.

    .venv/bin/python benchmarks/free_exercise_db.py tests/data/free-exercise-db.json out/exercises.toml

The data set is free-exercise-db by yuhonas and contributors (https://github.com/yuhonas/free-exercise-db,
`dist/exercises.json` at commit acd61f751fe15d618862ee3084f27e839222a28f), released into the public domain
under the Unlicense. tests/data/free-exercise-db.json holds its names and labels; this script reads nothing
else, and never its instructions: every sentence it writes is ours and says that the technique is still to
be written.

Each word of the data set becomes a word of vocabulary.toml through a table below. Where the data set has
no word to map (equipment "other" or none at all), or no word at all (the movement pattern), a table by
exercise name in free_exercise_db_names.py says it. Anything no table covers stops the conversion with a
message naming it: a wrong word on 873 pages is worse than no pages.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from free_exercise_db_names import EQUIPMENT_BY_NAME, LEFT_OUT, PATTERN_BY_NAME  # noqa: E402

from generator.catalogue.load_vocabulary import default_vocabulary  # noqa: E402
from generator.catalogue.model import RESERVED_IDS  # noqa: E402
from generator.catalogue.model import vocabulary as kinds  # noqa: E402
from generator.catalogue.model.vocabulary import Kind, Vocabulary  # noqa: E402
from generator.engines.cli.scaffold import exercise_id, toml_string  # noqa: E402

SOURCE_ID = "free-exercise-db"
SOURCE_TABLE = f"""[sources.{SOURCE_ID}]
title = "Free Exercise DB: an open public-domain exercise dataset"
author = "yuhonas and contributors"
publisher = "GitHub"
url = "https://github.com/yuhonas/free-exercise-db"
"""

# --- The data set's words -> vocabulary ids ---------------------------------------------------------------------

# "other" and a missing equipment say nothing about what the exercise needs: EQUIPMENT_BY_NAME must.
SAYS_NOTHING = frozenset({"other", None})
EQUIPMENT: dict[str, tuple[str, ...]] = {
    "barbell": ("barbell",),
    "dumbbell": ("dumbbell",),
    "cable": ("cable-station",),
    "machine": ("machine",),
    "kettlebells": ("kettlebell",),
    "bands": ("bands",),
    "medicine ball": ("medicine-ball",),
    "exercise ball": ("stability-ball",),
    "foam roll": ("foam-roller",),
    "e-z curl bar": ("ez-bar",),
    "body only": ("none",),
}
MUSCLES: dict[str, str] = {
    "abdominals": "abdominals",
    "abductors": "hip-abductors",
    "adductors": "adductors",
    "biceps": "biceps",
    "calves": "calves",
    "chest": "chest",
    "forearms": "forearms",
    "glutes": "glutes",
    "hamstrings": "hamstrings",
    "lats": "lats",
    "lower back": "erectors",
    "middle back": "upper-back",
    "neck": "neck",
    "quadriceps": "quadriceps",
    "shoulders": "shoulders",
    "traps": "trapezius",
    "triceps": "triceps",
}
LEVELS: dict[str, str] = {
    "beginner": "beginner",
    "intermediate": "intermediate",
    "expert": "advanced",
}
MECHANICS: dict[str | None, str | None] = {
    "compound": "compound",
    "isolation": "isolation",
    None: None,
}
# A category is not a pattern of its own, but where it says what the body does, it is the pattern unless a
# rule of its own below says better; None: the name decides.
CATEGORIES: dict[str, str | None] = {
    "stretching": "stretch",
    "plyometrics": "jump",
    "cardio": "conditioning",
    "olympic weightlifting": "olympic",
    "strength": None,
    "powerlifting": None,
    "strongman": None,
}


# --- The movement pattern, which the data set does not give ----------------------------------------------------


class PatternRule(NamedTuple):
    """An exercise whose name matches `name` (a regular expression, searched in the lower-cased name), in one of
    `categories` and with its first primary muscle in `primary` (each condition when given) has `pattern`."""

    pattern: str
    name: str | None = None
    categories: frozenset[str] = frozenset()
    primary: frozenset[str] = frozenset()


def _rule(
    pattern: str, name: str | None = None, *, category: str = "", primary: str = ""
) -> PatternRule:
    """A rule written briefly: categories and muscles as one string, split at commas."""

    def words(text: str) -> frozenset[str]:
        return frozenset(word.strip() for word in text.split(",") if word.strip())

    return PatternRule(pattern, name, words(category), words(primary))


# First match wins: a category's own rules, then its default, then rules by name from the most specific
# words to the most general; muscles break ties where a word means two movements ("curl", "raise").
PATTERN_RULES: tuple[PatternRule, ...] = (
    # Stretching: a roller or ball is self-massage; circles and swings are mobility drills; the rest stretches.
    _rule("soft-tissue", r"\bsmr\b|foam roll", category="stretching"),
    _rule("mobility", r"circles|\bdynamic\b|leg raises", category="stretching"),
    _rule("stretch", category="stretching"),
    # Plyometrics: throws, sprints and running drills are not jumps.
    _rule("throw", r"throw|\bslam\b|chest push|chest pass|\bpush from\b", category="plyometrics"),
    _rule(
        "locomotion",
        r"sprint|carioca|start technique|wall drill|skipping|butt kick|claw|mountain climb",
        category="plyometrics",
    ),
    _rule("jump", category="plyometrics"),
    # Cardio: a sled is pushed, the rest is steady work.
    _rule("drag-and-push", r"prowler|sled", category="cardio"),
    _rule("conditioning", category="cardio"),
    # Olympic weightlifting: the squats, hinges and presses that lifters train beside the lifts.
    _rule("squat", r"overhead squat|olympic squat|frankenstein", category="olympic weightlifting"),
    _rule("hinge", r"romanian|stiff leg", category="olympic weightlifting"),
    _rule("vertical-push", r"push press", category="olympic weightlifting"),
    _rule("jump", r"jump squat", category="olympic weightlifting"),
    _rule("olympic", category="olympic weightlifting"),
    # By name, most specific first.
    _rule("soft-tissue", r"\bsmr\b|foam roll"),
    _rule("olympic", r"\bclean\b|\bsnatch\b|\bjerk\b"),
    _rule("drag-and-push", r"\bsled\b|\bprowler\b|\bdrag\b"),
    _rule("carry", r"carry|farmer|yoke walk|\bwalk\b"),
    _rule("knee-flexion", r"leg curl|hamstring curl|glute.ham raise|nordic"),
    _rule("hinge", r"good.?morning|deadlift|rack pull|swing|pull.?through|stiff.?leg"),
    _rule("bridge", r"hip thrust|glute bridge|hip lift|butt lift|\bbridge\b"),
    _rule("extension", r"hyperextension|back extension|reverse hyper|superman"),
    _rule("jump", r"\bjump"),
    _rule("lunge", r"lunge|split squat|step.?up|\bstep.?ups?\b"),
    _rule("squat", r"squat|leg press|hack"),
    _rule("knee-extension", r"leg extension"),
    _rule("calf-raise", r"calf|\bcalves\b|toe raise|tibialis"),
    _rule("shrug", r"shrug"),
    _rule("pullover", r"pullover|straight.arm"),
    _rule("fly", r"\bfly|\bflye|pec deck|crossover"),
    _rule("dip", r"\bdips?\b"),
    _rule("vertical-pull", r"pull.?ups?|pull.?downs?|\bchins?\b|chin.?ups?|muscle.?up"),
    _rule("shoulder-raise", r"upright\b.*\brow"),
    _rule("horizontal-pull", r"\brows?\b|face pull"),
    _rule("vertical-push", r"shoulder press|military|overhead press|arnold|handstand|push press"),
    _rule(
        "horizontal-push",
        r"bench press|push.?ups?|floor press|chest press|\bpress\b",
        primary="chest,triceps",
    ),
    _rule("vertical-push", r"\bpress\b", primary="shoulders"),
    _rule("shoulder-rotation", r"external rotation|internal rotation|rotator"),
    _rule("anti-rotation", r"pallof"),
    _rule("throw", r"\bslam\b|throw"),
    _rule("lateral-flexion", r"windmill|side bend"),
    _rule(
        "shoulder-raise",
        r"raise|lateral|scaption|iron cross|pull apart|rear delt",
        primary="shoulders",
    ),
    _rule(
        "hip-flexion",
        r"pull.?in|leg tuck|knee tuck|leg raise|knee raise|leg lift|knee.?hip raise|hanging",
        primary="abdominals",
    ),
    _rule("trunk-flexion", r"crunch|sit.?up|jackknife|\bv.?up|toe touch|heel touch"),
    _rule("anti-extension", r"plank|rollout|ab roll|dead bug|fallout"),
    _rule("anti-lateral-flexion", r"side bridge|side plank"),
    _rule("rotation", r"twist|woodchop|wood chop|russian"),
    _rule("wrist-and-grip", r"wrist|grip|pinch|\bhang\b|finger", primary="forearms"),
    _rule("elbow-flexion", r"curl", primary="biceps,forearms"),
    _rule("knee-flexion", r"curl", primary="hamstrings"),
    _rule(
        "elbow-extension", r"extension|kickback|pushdown|push.?down|skull|tricep", primary="triceps"
    ),
    _rule("hip-abduction", r"abduct", primary="abductors"),
    _rule("hip-adduction", r"adduct", primary="adductors"),
    _rule("neck", r"neck", primary="neck"),
)


def pattern_for(record: Mapping[str, Any]) -> str:
    """The movement pattern of an exercise: its name's override, else the first rule it matches."""
    name = record["name"]
    if name in PATTERN_BY_NAME:
        return PATTERN_BY_NAME[name]
    lowered = name.casefold()
    for rule in PATTERN_RULES:
        if rule.categories and record["category"] not in rule.categories:
            continue
        if rule.primary and record["primaryMuscles"][0] not in rule.primary:
            continue
        if rule.name is not None and not re.search(rule.name, lowered):
            continue
        return rule.pattern
    raise ConversionError(f"no pattern rule or PATTERN_BY_NAME entry covers '{name}'")


# --- Converting ---------------------------------------------------------------------------------------------------


class ConversionError(Exception):
    """A record the tables cannot convert truthfully."""


class Converted(NamedTuple):
    """One exercise, in vocabulary ids."""

    id: str
    name: str
    pattern: str
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    equipment: tuple[str, ...]
    level: str | None
    mechanic: str | None


def check_tables(vocabulary: Vocabulary) -> None:
    """Every id the tables use is a word of the vocabulary: a renamed word fails here, not on 873 pages."""
    used: list[tuple[Kind, Iterable[str | None]]] = [
        (kinds.EQUIPMENT, [word for words in EQUIPMENT.values() for word in words]),
        (kinds.EQUIPMENT, [word for words in EQUIPMENT_BY_NAME.values() for word in words]),
        (kinds.MUSCLES, MUSCLES.values()),
        (kinds.LEVELS, LEVELS.values()),
        (kinds.MECHANICS, MECHANICS.values()),
        (kinds.PATTERNS, CATEGORIES.values()),
        (kinds.PATTERNS, [rule.pattern for rule in PATTERN_RULES]),
        (kinds.PATTERNS, PATTERN_BY_NAME.values()),
    ]
    unknown = sorted(
        {
            f"[{kind.table}] '{word}'"
            for kind, words in used
            for word in words
            if word is not None and word not in vocabulary.words(kind)
        }
    )
    if unknown:
        raise ConversionError(
            "the tables use words that vocabulary.toml lacks: " + ", ".join(unknown)
        )


def _word(table: Mapping[Any, Any], value: Any, what: str, name: str) -> Any:
    if value not in table:
        raise ConversionError(
            f"'{name}': the {what} '{value}' is in no table of {Path(__file__).name}; "
            "map it to a word of vocabulary.toml that says the same"
        )
    return table[value]


def equipment_for(record: Mapping[str, Any]) -> tuple[str, ...]:
    """The name's entry where there is one (the data set's word says nothing, or too little); else the word's."""
    name = record["name"]
    if name in EQUIPMENT_BY_NAME:
        return EQUIPMENT_BY_NAME[name]
    equipment = record["equipment"]
    if equipment in SAYS_NOTHING:
        raise ConversionError(
            f"'{name}': equipment {equipment!r} says nothing"
        )  # listed by convert
    words: tuple[str, ...] = _word(EQUIPMENT, equipment, "equipment", name)
    return words


# A hyphen stuck to the start of a word after a space ("Extension -Pronated Grip") is a dash the data
# set lost a space after; as typed into search it would mean "leave out Pronated".
_DETACHED_DASH = re.compile(r"(?<=\s)-(?=\w)")


def catalogue_name(name: str) -> str:
    """The name an exercise of the data set gets in the catalogue: as written, dashes detached."""
    return _DETACHED_DASH.sub("- ", name)


def convert_record(record: Mapping[str, Any]) -> Converted:
    name = catalogue_name(record["name"])
    _word(CATEGORIES, record["category"], "category", name)
    primary_words = record["primaryMuscles"]
    if not primary_words:
        raise ConversionError(f"'{name}': the data set lists no primary muscle")
    primary = tuple(dict.fromkeys(_word(MUSCLES, m, "muscle", name) for m in primary_words))
    secondary = tuple(
        word
        for word in dict.fromkeys(
            _word(MUSCLES, m, "muscle", name) for m in record["secondaryMuscles"]
        )
        if word not in primary
    )
    return Converted(
        id="",  # given by convert, which sees every name
        name=name,
        pattern=pattern_for(record),
        primary=primary,
        secondary=secondary,
        equipment=equipment_for(record),
        level=_word(LEVELS, record["level"], "level", name) if record["level"] else None,
        mechanic=_word(MECHANICS, record["mechanic"], "mechanic", name),
    )


def _unique(wanted: Sequence[str], taken: set[str], fold: bool) -> list[str]:
    """Each value as it is, or with " 2", " 3"... (or "-2" for ids) when an earlier one has it."""
    result = []
    for value in wanted:
        candidate, number = value, 1
        while (candidate.casefold() if fold else candidate) in taken:
            number += 1
            candidate = f"{value} ({number})" if fold else f"{value}-{number}"
        taken.add(candidate.casefold() if fold else candidate)
        result.append(candidate)
    return result


def convert(
    records: Sequence[Mapping[str, Any]],
    vocabulary: Vocabulary | None = None,
    *,
    beside: str | None = None,
) -> str:
    """The TOML text of a catalogue of every record, or a ConversionError listing every record it
    cannot convert. With `beside` (the TOML text of another catalogue), the entries to append to
    it instead: without the source table it already has, with ids it does not use, and without the
    records whose name is already one of its names or aliases (two exercises cannot share a name)."""
    vocabulary = vocabulary or default_vocabulary()
    check_tables(vocabulary)
    taken_ids, taken_names = _taken(beside)
    ordered = sorted(
        (
            record
            for record in records
            if record["name"] not in LEFT_OUT and record["name"].casefold() not in taken_names
        ),
        key=lambda record: (record["name"].casefold(), record["name"]),
    )
    missing = [
        r["name"]
        for r in ordered
        if r["equipment"] in SAYS_NOTHING and r["name"] not in EQUIPMENT_BY_NAME
    ]
    if missing:
        raise ConversionError(
            f"{len(missing)} exercises have equipment 'other' or none, and no entry in EQUIPMENT_BY_NAME "
            "(free_exercise_db_names.py) to say what they need: " + "; ".join(missing)
        )
    converted, problems = [], []
    for record in ordered:
        try:
            converted.append(convert_record(record))
        except ConversionError as error:
            problems.append(str(error))
    if problems:
        raise ConversionError(
            f"{len(problems)} exercises cannot be converted:\n" + "\n".join(problems)
        )
    names = _unique([c.name for c in converted], set(taken_names), fold=True)
    ids = _unique(
        [exercise_id(c.name) or "exercise" for c in converted],
        set(RESERVED_IDS) | taken_ids,
        fold=False,
    )
    parts = [HEADER] if beside is not None else [HEADER, SOURCE_TABLE]
    for exercise, name, new_id in zip(converted, names, ids, strict=True):
        parts.append(_entry(exercise._replace(id=new_id, name=name), vocabulary))
    return "\n".join(parts)


def _taken(catalogue: str | None) -> tuple[set[str], set[str]]:
    """The ids, and the case-folded names and aliases, of a catalogue's exercises."""
    if catalogue is None:
        return set(), set()
    exercises = tomllib.loads(catalogue).get("exercises", [])
    ids = {e["id"] for e in exercises}
    names = {title.casefold() for e in exercises for title in [e["name"], *e.get("aliases", [])]}
    return ids, names


HEADER = """# Generated by benchmarks/free_exercise_db.py from the names and labels of free-exercise-db
# (https://github.com/yuhonas/free-exercise-db, public domain under the Unlicense). Edit the script, not this file.
"""


def _entry(exercise: Converted, vocabulary: Vocabulary) -> str:
    lines = [
        "[[exercises]]",
        f"id = {toml_string(exercise.id)}",
        f"name = {toml_string(exercise.name)}",
        f"summary = {toml_string(_summary(exercise, vocabulary))}",
        f"pattern = {toml_string(exercise.pattern)}",
        f"muscles = {{ primary = {_array(exercise.primary)}, secondary = {_array(exercise.secondary)} }}",
        f"equipment = {_array(exercise.equipment)}",
    ]
    if exercise.level:
        lines.append(f"level = {toml_string(exercise.level)}")
    if exercise.mechanic:
        lines.append(f"mechanic = {toml_string(exercise.mechanic)}")
    lines += [
        f"cues = {_array([CUE])}",
        f"safety = {_array([SAFETY])}",
        f"sources = {_array([SOURCE_ID])}",
    ]
    return "\n".join(lines) + "\n"


# Sentences of our own that claim nothing the data set does not say, and say what is still missing.
CUE = (
    "Learn this exercise from a qualified coach: the guide has imported only its name and labels, "
    "and its cues are still to be written."
)
SAFETY = (
    "Its safety notes are still to be written. If you have an injury or a medical condition, ask a medical "
    "professional before you try it, and stop if it hurts."
)


def _summary(exercise: Converted, vocabulary: Vocabulary) -> str:
    pattern = vocabulary.name(kinds.PATTERNS, exercise.pattern)
    muscles = [vocabulary.name(kinds.MUSCLES, m).lower() for m in exercise.primary]
    return (
        f"{exercise.name}: an exercise of the {pattern.lower()} pattern for the {_listed(muscles)}. "
        f"Imported from {SOURCE_ID} by name and labels only; its technique notes are still to be written."
    )


def _listed(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _array(values: Iterable[str]) -> str:
    return "[" + ", ".join(toml_string(value) for value in values) + "]"


def main(argv: Sequence[str] | None = None) -> int:
    """`free_exercise_db.py DATA.json OUT.toml`: write the catalogue, or print why not and return 1."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if len(arguments) != 2:
        print(f"usage: {Path(__file__).name} DATA.json OUT.toml", file=sys.stderr)
        return 2
    data, out = (Path(argument) for argument in arguments)
    try:
        text = convert(json.loads(data.read_text("utf-8")))
    except ConversionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    out.write_text(text, "utf-8")
    print(f"{out}: {text.count('[[exercises]]')} exercises")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
