"""Planning logic: pure functions from a workshop value to what the room sees.

Nothing here reads or writes files or knows about the screen; networkx is
imported inside the few functions that use it, so importing ``pra.plan`` stays
cheap for the TUI. Modules, by topic:

- ``formatting``: rupiah, percentages, dates and periods as people read them;
- ``rounding``: the one place money is rounded or split;
- ``notice``: a sentence from the catalogue with its parameters (warnings, arithmetic lines);
- ``votes``, ``pairwise``, ``robustness``: problem prioritisation;
- ``ideas``: the business idea matrix;
- ``potential_map``, ``grouping``: potentials as a graph, suggested business groups;
- ``schedule``: the activity calendar of a group (kalender kegiatan);
- ``fund``, ``revolving``, ``capital``: the stimulus, repayments, the revolving fund and the capital plan.
"""
