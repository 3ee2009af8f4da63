"""The catalogue: exercises.toml and vocabulary.toml read, validated and cross-checked.

source (TOML text -> data, with the line and column of every key) -> model (pydantic models, no
I/O, no page code) -> load (`load_catalog`: the models, the words of the vocabulary and the
references between entries checked; every mistake a located `Problem` in one `CatalogError`).

May import: generator.loads, and nothing of generator.site or generator.engines.
"""
