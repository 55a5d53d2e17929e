"""The Tests section of the Log page: McGill's trunk-endurance holds, ratios and flags (§5)."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from backfit.core.errors import ValidationError
from backfit.core.rules import ENDURANCE_TESTS
from backfit.core.training.endurance import TEST_NAMES
from backfit.services.database import Store
from backfit.services.profiles import Profile
from backfit.services.trunk_tests import record_test, trunk_report


def render_trunk_tests(store: Store, profile: Profile) -> None:
    with st.expander(":material/timer: Tests: trunk endurance (McGill)", expanded=False):
        st.caption(
            "Hold each position as long as you can with good form, then log the seconds: "
            "extensor (Biering-Sørensen), flexor (60° sit), side bridge left and right. The "
            "ratios between them matter more than the seconds."
        )
        with st.form("trunk_test", border=False):
            left, right = st.columns(2)
            test = left.selectbox("Test", ENDURANCE_TESTS, format_func=TEST_NAMES.__getitem__)
            seconds = right.number_input("Seconds held", value=None, step=1.0, format="%g")
            problem = st.empty()
            saved = st.form_submit_button("Save test", icon=":material/save:", width="stretch")
        if saved:
            try:
                if seconds is None:
                    raise ValidationError("Type how many seconds you held.", field="seconds")
                record_test(
                    store, profile.name, test, seconds, datetime.now().replace(microsecond=0)
                )
            except ValidationError as exc:
                problem.error(str(exc), icon=":material/error:")
            else:
                st.session_state["log_flash"] = f"{TEST_NAMES[test]}: {seconds:g} s saved"
                st.rerun()
        report = trunk_report(store, profile.name)
        rows = [
            {
                "Test": row["name"],
                "Latest (s)": row["seconds"],
                "McGill mean, men (s)": row["norm_s"]["men"],
                "McGill mean, women (s)": row["norm_s"]["women"],
            }
            for row in report["tests"]
            if row["seconds"] is not None
        ]
        if not rows:
            st.caption("No tests yet.")
            return
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
        for name, value in report["ratios"].items():
            st.markdown(f"- {name.replace('_', ' ')}: **{value:.2f}**")
        for flag in report["flags"]:
            st.warning(flag["text"].replace("_", " "), icon=":material/flag:")
        if report["ratios"] and not report["flags"]:
            st.success("The ratios are within McGill's healthy ranges.", icon=":material/check:")
