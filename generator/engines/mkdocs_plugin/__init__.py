"""MkDocs's `exercise-guide` plugin (entry point generator.engines.mkdocs_plugin.plugin): plugin
(the event wiring), config (its options), site_maker (the site made again only when a source
changed), search (names first in search_index.json), sheet_printer (blank sheets printed beside the
build), compact_html (finished pages without the theme's indentation)."""
