"""The app's pages, in one list: `app.py` navigates over them; links and switches name them.

No other module writes a page's path: a link is `st.page_link(nav.LOG.path, …)`, a switch is
`st.switch_page(nav.LOG.path, …)`, so renaming a page file is one edit here.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st
from streamlit.navigation.page import StreamlitPage


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its file in `views/`, its title and its Material icon."""

    path: str
    title: str
    icon: str
    default: bool = False

    def st_page(self) -> StreamlitPage:
        return st.Page(self.path, title=self.title, icon=self.icon, default=self.default)


GOALS = Page("views/goals.py", "Goals", ":material/tune:", default=True)
ROUTINE = Page("views/routine.py", "Routine", ":material/calendar_month:")
LOG = Page("views/log.py", "Log", ":material/edit_note:")
PROGRESS = Page("views/progress.py", "Progress", ":material/monitoring:")
EXERCISES = Page("views/exercises.py", "Exercises", ":material/menu_book:")
DATA = Page("views/data.py", "Data", ":material/database:")

#: Navigation order.
PAGES: tuple[Page, ...] = (GOALS, ROUTINE, LOG, PROGRESS, EXERCISES, DATA)
