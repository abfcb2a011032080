"""What fieldguard leaves on a call's request context (a light module: both the
installer and the handler read it, and neither imports the other at load)."""

from __future__ import annotations

# The mark a fieldguard hook leaves on a call it checked: the first hook to see a
# call checks it, the others (a process-wide one behind a client's own) leave it alone.
CHECKED = "fieldguard_checked"
