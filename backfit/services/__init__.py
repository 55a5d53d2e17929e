"""The use cases that the pages and the commands both run (DESIGN §2).

A page or a command reads its inputs, calls one of these, and shows the result; it never wires
`backfit.data` and `backfit.core` together itself, so the app and the CLI cannot drift apart.
One module per area, each light to import (pandas and Arrow load inside the functions that
need them, so `backfit --help` stays fast):

* `database`: open the lifter's database, describe it.
* `profiles`: profiles, units, bodyweight, the plate inventory.
* `logging`: log, edit and delete sets (a set logged for a routine day starts that day's session).
* `sessions`: today's session, the pain check-in, finishing a session.
* `targets`: today's targets from the routine (or the catalog) and the progression engine.
* `routines`: "train this" (store a routine version) and the active routine.
* `imports`: preview an export file, then confirm it.
* `backups`: CSV/Parquet export, backup and restore.
* `progress`: the Progress page's figures and the coach's read-only links.
"""
