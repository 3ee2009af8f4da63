"""The engines: thin adapters that take the site built by generator.site to a user.

cli (python -m generator check | build | sheet | new | schema), mkdocs_plugin (MkDocs's
`exercise-guide` plugin), zensical (what a site built without the plugin needs), output (the
writer: only changed files, never one it did not write), pdf (the printer), prebuilt (the HTML
both engines keep away from Markdown). Only here are files written, processes started and
problems turned into messages and exit codes.

May import: generator.site, generator.catalogue and generator.loads.
"""
