"""Known cross-site scripting vectors, and a catalogue that puts each into every text field.

`RENDERED` vectors are valid text: they must build and show as harmless text. `REJECTED` ones
are links to `javascript:`, `data:` or `vbscript:` addresses, which `check` refuses with a location.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.catalogue.translatable import fault_text
from generator.catalogue.translations import source_hash

if TYPE_CHECKING:
    from generator.catalogue.load import Catalog

RENDERED = [
    # Script elements, plain and disguised
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//xss.invalid/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<template><script>alert(1)</script></template>",
    "<![CDATA[<script>alert(1)</script>]]>",
    # Event handlers
    "<img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<x onclick=alert(1)>click me",
    "<marquee onstart=alert(1)>x</marquee>",
    # Frames, objects, navigation
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<a href="javascript:alert(1)">raw link</a>',
    '<a href="&#106;avascript:alert(1)">entity link</a>',
    # SVG and MathML
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<math href="javascript:alert(1)">x</math>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    # Styles that hide or restyle content
    "<style>body{display:none}</style>",
    '<div style="display:none">hidden</div>',
    # Attribute break-outs
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)',
    "</title><script>alert(1)</script>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    # Markdown tricks: attribute lists, link titles, images, code, blocks, tables
    'text {: onclick="alert(1)" }',
    '# heading {: onmouseover="alert(1)" }',
    '[link](https://example.com "t\\" onmouseover=\\"alert(1)")',
    "[link](https://example.com) <b onmouseover=alert(1)>b</b>",
    '![img](https://example.com/x.png" onerror="alert(1))',
    "![img](https://example.com/x.png){: onerror=alert(1) }",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    '!!! note "x"\n    <script>alert(1)</script>',
    "| a | <img src=x onerror=alert(1)> |\n| - | - |",
    "- <img src=x onerror=alert(1)>",
    "<http://example.com/<script>alert(1)</script>>",
    # Entities
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "&#x3C;svg onload=alert(1)&#x3E;",
    # Unicode tricks
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<scr\u200bipt>alert(1)</script>",
    "<img src=x on\u00aderror=alert(1)>",
    # Template syntax of Jinja2 (the generator's) must stay text
    "{{ 7*7 }} {% raw %}",
]

REJECTED = [
    "[link](javascript:alert(1))",
    "[link](JaVaScRiPt:alert(1))",
    "[link](java&#x09;script:alert(1))",
    "[link]( javascript:alert(1))",
    "[link](<javascript:alert(1)>)",
    "[link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[link](vbscript:msgbox(1))",
    "[link][ref]\n\n[ref]: javascript:alert(1)",
]

SOURCE_ID = "book"


def toml_string(value: str) -> str:
    """A TOML basic string holding exactly `value` (JSON's escapes are TOML's, without `\\/`)."""
    return json.dumps(value, ensure_ascii=False)


def exercise(exercise_id: str, vector: str, *, tag: str) -> str:
    """An exercise whose every text field holds `vector` (names made unique by `tag`)."""
    v = toml_string(vector)
    name = toml_string(f"{vector} {tag}")
    alias = toml_string(f"{vector} alias {tag}")
    return f"""
[[exercises]]
id = "{exercise_id}"
name = {name}
aliases = [{alias}]
summary = {v}
pattern = "hinge"
muscles = {{ primary = ["hamstrings"] }}
equipment = ["barbell"]
goals = [{v}]
placement = {v}
cues = [{v}]
faults = [{{ fault = {v}, fix = {v} }}]
safety = [{v}]
related = ["plain"]
media = [{{ title = {v}, url = "https://example.com/video", credit = {v} }}]
sources = ["{SOURCE_ID}", "{exercise_id}"]
source_note = {v}

[exercises.prescription]
sets = 3
reps = [6, 10]
intensity = [{{ of = "plain", percent = [70, 80] }}, {{ describe = {v} }}]
tempo = {v}
pause = {v}
rest = {v}
notes = [{v}]
"""


def source(source_id: str, vector: str) -> str:
    v = toml_string(vector)
    return f"""
[sources.{source_id}]
title = {v}
author = {v}
publisher = {v}
url = "https://example.com/book"
"""


def program(program_id: str, vector: str, *, tag: str) -> str:
    """A program whose every text field holds `vector`."""
    v = toml_string(vector)
    name = toml_string(f"{vector} {tag}")
    return f"""
[[programs]]
id = "{program_id}"
name = {name}
goal = {v}
notes = [{v}]
sources = ["{SOURCE_ID}"]
source_note = {v}

[[programs.sessions]]
name = {v}
notes = [{v}]
exercises = [
  {{ exercise = "plain", sets = 3, reps = 5, rest = {v}, load = {{ describe = {v} }}, cue = {v}, note = {v} }},
]
"""


PLAIN = f"""
[sources.{SOURCE_ID}]
title = "A book"
author = "An author"
publisher = "A publisher"
url = "https://example.com/book"

[[exercises]]
id = "plain"
name = "Plain lift"
summary = "A lift without tricks."
pattern = "hinge"
muscles = {{ primary = ["hamstrings"] }}
equipment = ["barbell"]
cues = ["Lift it."]
safety = ["Carefully."]
sources = ["{SOURCE_ID}"]
"""


def catalogue(vectors: list[str]) -> str:
    """One catalogue: a plain exercise, then a source, an exercise and a program per vector."""
    parts = [source(f"xss-{index}", vector) for index, vector in enumerate(vectors)]
    parts.append(PLAIN)
    for index, vector in enumerate(vectors):
        parts.append(exercise(f"xss-{index}", vector, tag=f"#{index}"))
        parts.append(program(f"xss-{index}", vector, tag=f"#{index}"))
    return "\n".join(parts)


def translation(catalog: Catalog) -> str:
    """translations/de.toml for `catalog` (the corpus's): every text translated by itself with
    " (de)" after it, so that each vector reaches the German site as a translation does, with
    the hash of its English, and a German alias per exercise."""

    def text(english: str) -> str:
        return f'{{ text = {toml_string(english + " (de)")}, source = "{source_hash(english)}" }}'

    def texts(englishes: Sequence[str]) -> str:
        return "[" + ", ".join(text(english) for english in englishes) + "]"

    lines: list[str] = []
    for e in catalog.exercises:
        lines += [f"[exercises.{e.id}]", f"name = {text(e.name)}", f"summary = {text(e.summary)}"]
        lines += [f"aliases = [{toml_string(e.name + ' Alias (de)')}]"]
        if e.placement:
            lines.append(f"placement = {text(e.placement)}")
        lines += [f"cues = {texts(e.cues)}", f"safety = {texts(e.safety)}"]
        faults = [
            f"{{ fault = {toml_string(f.fault + ' (de)')}, fix = {toml_string(f.fix + ' (de)')}, "
            f'source = "{source_hash(fault_text(f.fault, f.fix))}" }}'
            for f in e.faults
        ]
        lines.append(f"faults = [{', '.join(faults)}]")
        if e.goals:
            lines.append(f"goals = {texts(e.goals)}")
        if p := e.prescription:
            for field in ("tempo", "pause", "rest"):
                if said := getattr(p, field):
                    lines.append(f"prescription_{field} = {text(said)}")
            if p.notes:
                lines.append(f"prescription_notes = {texts(p.notes)}")
    for p in catalog.programs:
        lines += [f"[programs.{p.id}]", f"name = {text(p.name)}", f"goal = {text(p.goal)}"]
        lines.append(f"notes = {texts(p.notes)}")
        for session in p.sessions:
            lines += [f"[[programs.{p.id}.sessions]]", f"name = {text(session.name)}"]
            lines.append(f"notes = {texts(session.notes)}")
            for entry in session.exercises:
                lines.append(f"[[programs.{p.id}.sessions.exercises]]")
                lines += [f"{k} = {text(v)}" for k in ("rest", "cue") if (v := getattr(entry, k))]
    return "\n".join(lines) + "\n"
