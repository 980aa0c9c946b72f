"""The research archive: many workshops as one validated, pseudonymised data package.

``pra archive`` turns workshop files into CSV tables described by a Frictionless
``datapackage.json``, with the JSON Schema of the workshop file, a README
codebook, a report of the files it skipped and (unless asked not to) copies of
the files themselves. ``pra stats`` summarises the same files across workshops.

Modules, by what they hold:

- ``tables``: the table definitions, the one source of the CSV headers and the data package;
- ``codes``: the pseudonymous participant codes (``W1a2b3c4d-P01``: a hash of the workshop id, the register position);
- ``rows``: a workshop as rows of each table;
- ``prepare``: one file loaded, validated and turned into CSV text (runs in worker processes);
- ``mentors``, ``mentor_key``: mentors' codes per workshop, or linked by a steward's key;
- ``scrub``: participants' names and phones typed into free text, replaced by codes;
- ``folding``: text folded for matching (case, accents, white space) with a map back;
- ``phones``: phone numbers found by their digits, whatever their writing;
- ``package``: ``datapackage.json``, the JSON Schema, the README, the raw copies;
- ``report``: the files that could not be archived, and why;
- ``writer``: the streaming archive run;
- ``stats``: the cross-workshop summary.

Never imports Textual; frictionless is only needed by the tests that validate packages.
"""
