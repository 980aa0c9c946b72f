"""pra: facilitate a participatory appraisal (PRA) workshop and print each group's business plan."""

__version__ = "0.1.0"
