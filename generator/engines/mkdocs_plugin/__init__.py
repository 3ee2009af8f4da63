"""MkDocs's `exercise-guide` plugin (entry point generator.engines.mkdocs_plugin.plugin):

- plugin: the event wiring, thin: what build_site makes handed to MkDocs
- config: its options under `exercise-guide:` in mkdocs.yml
- site_maker: the site made again only when a source changed
- files: the generated files as MkDocs's, and their links resolved as MkDocs resolves them
- search: names first in search_index.json
- sheet_printer: the blank sheets printed in a second process while MkDocs converts the pages
- compact_html: finished pages without the theme's indentation
"""
