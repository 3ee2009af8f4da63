"""The body the muscle map draws: a front and a back view, and the named regions on them. No I/O.

A region is a named patch of the drawing. Each muscle of vocabulary.toml names the regions that
show it (`regions = ["glutes"]`), so these names are part of the vocabulary's model; how they are
drawn into the site is generator/site/muscle_map.py's.

Shapes are given for one side of the body, in the coordinates of one view (0 to 100 across, the
body's middle at 50): each is drawn twice, once mirrored. The back view is drawn beside the front.
"""

from __future__ import annotations

from dataclasses import dataclass

VIEW_WIDTH = 100
VIEW_HEIGHT = 208
BACK_OFFSET = 100  # the back view's left edge, in the drawing's coordinates

Point = tuple[int, int]
Shape = tuple[Point, ...]


@dataclass(frozen=True)
class Region:
    """A patch of the drawing: its shapes on the front view and on the back view (one side each)."""

    front: tuple[Shape, ...] = ()
    back: tuple[Shape, ...] = ()


# The outline of one side of the body, from the neck down to the crotch, around the arm and leg.
BODY: Shape = (
    (46, 23), (45, 31), (34, 33), (27, 39), (24, 52), (21, 72), (17, 96), (15, 108),
    (19, 114), (23, 108), (26, 95), (29, 74), (31, 58), (33, 64), (33, 84), (30, 100),
    (30, 124), (33, 146), (32, 162), (36, 186), (33, 194), (46, 194), (44, 184), (46, 162),
    (46, 146), (48, 122), (50, 112),
)  # fmt: skip
HEAD = (50, 13, 10)  # centre x, centre y, radius

REGIONS: dict[str, Region] = {
    "neck": Region(front=(((43, 24), (47, 26), (47, 31), (42, 31)),)),
    "trapezius": Region(
        front=(((44, 29), (36, 33), (45, 34)),),
        back=(((45, 25), (50, 27), (50, 40), (36, 34)),),
    ),
    "shoulders": Region(
        front=(((34, 34), (28, 39), (26, 49), (31, 48), (35, 39)),),
        back=(((34, 34), (28, 39), (26, 49), (31, 48), (35, 39)),),
    ),
    "chest": Region(front=(((37, 37), (49, 38), (49, 52), (39, 53), (34, 47)),)),
    "serratus": Region(front=(((32, 52), (36, 54), (36, 64), (33, 61)),)),
    "biceps": Region(front=(((27, 51), (31, 50), (30, 64), (25, 65)),)),
    "brachialis": Region(front=(((25, 66), (29, 66), (28, 72), (23, 72)),)),
    "forearms": Region(
        front=(((22, 75), (28, 75), (25, 95), (19, 96)),),
        back=(((22, 75), (28, 75), (25, 95), (19, 96)),),
    ),
    "abdominals": Region(front=(((41, 55), (49, 55), (49, 92), (43, 90)),)),
    "obliques": Region(
        front=(((35, 58), (40, 57), (41, 88), (34, 84)),),
        back=(((34, 78), (38, 80), (38, 90), (33, 88)),),
    ),
    "hip-flexors": Region(front=(((39, 94), (46, 101), (44, 108), (37, 100)),)),
    "hip-abductors": Region(
        front=(((31, 97), (35, 99), (33, 113), (31, 110)),),
        back=(((33, 92), (42, 90), (41, 97), (32, 101)),),
    ),
    "quadriceps": Region(front=(((33, 103), (38, 102), (46, 114), (45, 141), (36, 142), (32, 124)),)),
    "adductors": Region(front=(((43, 113), (47, 116), (46, 132), (44, 134)),)),
    "tibialis": Region(front=(((36, 152), (40, 152), (40, 180), (37, 180)),)),
    "rotator-cuff": Region(back=(((36, 40), (44, 42), (43, 50), (36, 49)),)),
    "upper-back": Region(back=(((44, 42), (49, 42), (49, 57), (43, 54)),)),
    "lats": Region(back=(((33, 50), (42, 55), (46, 70), (36, 78), (33, 64)),)),
    "triceps": Region(back=(((26, 51), (31, 50), (30, 70), (24, 70)),)),
    "erectors": Region(back=(((45, 60), (49, 60), (49, 92), (44, 92)),)),
    "glutes": Region(back=(((32, 102), (42, 97), (49, 103), (49, 117), (34, 118)),)),
    "hamstrings": Region(back=(((32, 121), (48, 121), (46, 144), (36, 144)),)),
    "calves": Region(back=(((34, 150), (45, 150), (44, 167), (36, 167)),)),
    "soleus": Region(back=(((36, 168), (44, 168), (42, 182), (38, 182)),)),
}  # fmt: skip
