"""The muscle map: a front and a back view of a body, and the regions drawn on them. No I/O.

A region is a named patch of the drawing. Each muscle of vocabulary.toml names the regions that
show it (`regions = ["glutes"]`); a muscle that names none is listed in words but not drawn, so a
word added without a drawing still builds. The drawing is one shared file of the site
(paths.MUSCLE_MAP_FILE), cached by the browser; a page marks its muscles by referring to regions in it.

The regions and their shapes are data of the vocabulary's model (generator/catalogue/model/body.py);
this module turns them into the drawing's path data and a page's marks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.catalogue.model.body import (
    BACK_OFFSET,
    BODY,
    HEAD,
    REGIONS,
    VIEW_HEIGHT,
    VIEW_WIDTH,
    Point,
    Region,
    Shape,
)

if TYPE_CHECKING:
    from generator.catalogue.model.vocabulary import Vocabulary


def mirrored(shape: Shape) -> Shape:
    """The same shape on the other side of the body."""
    return tuple((VIEW_WIDTH - x, y) for x, y in reversed(shape))


def moved(shape: Shape, dx: int) -> Shape:
    return tuple((x + dx, y) for x, y in shape)


def both_sides(shapes: Iterable[Shape], dx: int = 0) -> list[Shape]:
    return [moved(side, dx) for shape in shapes for side in (shape, mirrored(shape))]


def rounded_path(shape: Shape) -> str:
    """SVG path data of a closed shape with its corners rounded: a curve from the middle of each
    edge to the middle of the next, bent towards the corner between them."""

    def middle(a: Point, b: Point) -> str:
        return f"{(a[0] + b[0]) / 2:g} {(a[1] + b[1]) / 2:g}"

    corners = [*shape[1:], shape[0]]
    steps = [
        f"Q{corner[0]} {corner[1]} {middle(corner, after)}"
        for corner, after in zip(corners, [*corners[1:], corners[0]], strict=True)
    ]
    return f"M{middle(shape[0], shape[1])}{''.join(steps)}Z"


def region_paths(region: Region) -> list[str]:
    """The path data of a region on both views, both sides of the body."""
    shapes = both_sides(region.front) + both_sides(region.back, BACK_OFFSET)
    return [rounded_path(shape) for shape in shapes]


def body_paths() -> list[str]:
    """The outline of the body on each view (both sides joined into one shape)."""
    whole = BODY + mirrored(BODY)
    return [rounded_path(moved(whole, dx)) for dx in (0, BACK_OFFSET)]


VIEW_BOX = f"0 0 {BACK_OFFSET + VIEW_WIDTH} {VIEW_HEIGHT}"


def drawing() -> dict[str, object]:
    """What templates/muscle-map.svg.j2 draws the shared file from."""
    return {
        "view_box": VIEW_BOX,
        "body": body_paths(),
        "head": HEAD,
        "offset": BACK_OFFSET,
        "labels": {"front": VIEW_WIDTH // 2, "back": BACK_OFFSET + VIEW_WIDTH // 2},
        "label_y": VIEW_HEIGHT - 2,
        "regions": {name: region_paths(region) for name, region in REGIONS.items()},
    }


@dataclass(frozen=True)
class MuscleMarks:
    """What one map marks: the regions of the primary muscles, then those of the secondary ones
    that no primary muscle already marks."""

    primary: list[str]
    secondary: list[str]


def regions_of(muscles: Iterable[str], vocabulary: Vocabulary) -> list[str]:
    """The regions that show these muscles, each once, in the order the muscles are given."""
    found: dict[str, None] = {}
    for muscle in muscles:
        word = vocabulary.muscles.get(muscle)
        for region in word.regions if word else ():
            found[region] = None
    return list(found)


def muscle_marks(
    primary: Sequence[str], secondary: Sequence[str], vocabulary: Vocabulary
) -> MuscleMarks:
    main = regions_of(primary, vocabulary)
    also = [region for region in regions_of(secondary, vocabulary) if region not in main]
    return MuscleMarks(main, also)
