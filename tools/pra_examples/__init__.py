"""The example workshops, one module per city; ``tools/build_examples.py`` writes them out."""
