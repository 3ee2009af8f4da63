"""Exercise guide generator: exercises.toml -> validated catalogue -> Markdown pages -> MkDocs site."""
