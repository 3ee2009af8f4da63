"""The site: `build_site(catalog)` -> every file the generator adds to it, whichever engine builds.

build (the files, by path) <- pages (one module per page type, listed in generator/site/pages/)
<- templating, markup (Jinja2 over templates/, every contributed value escaped or sanitised)
<- load_tables, sheet, substitutes, muscle_map, search_index, open_data, offline (what pages and
data files are made from); paths owns every file's path and address. No I/O besides reading
templates/.

May import: generator.catalogue and generator.loads, never generator.engines.
"""
