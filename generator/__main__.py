from generator.engines.cli import main

main(prog_name="python -m generator")
