"""The follow-up section (pendampingan): after the workshop, a group's meetings,
assessments and progress, on a screen of its own over the workshop screen.

:mod:`pra.tui.followup.screen` holds the screen (the group, the tabs, undo, the
status line); each tab is a pane module (``meeting``, ``assessment``,
``dashboard``) that re-renders from the session's value like a step view.
"""
