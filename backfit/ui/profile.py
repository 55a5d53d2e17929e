"""The page's view of the database and the current lifter.

One `Store` per server process (`st.cache_resource`); each operation takes its own cursor inside
`Store`, so sessions on different threads never share one (DESIGN §4).

Whose data a session sees (DESIGN §7): with an `[auth]` section in secrets the app is hosted,
`st.login` is required and each signed-in user is their own profile; without it the app is
single-user with optional named profiles picked in the sidebar.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from backfit.core.errors import BackfitError, ValidationError
from backfit.services import first_run
from backfit.services.database import DEFAULT_PROFILE, Store, locate, open_database
from backfit.services.profiles import Profile, clean_name, ensure_profile, list_profiles

PROFILE_KEY = "profile"


@st.cache_resource(show_spinner=False, on_release=Store.close)
def _open_store(location: str) -> Store:
    return open_database(location)


def _secret_section(name: str) -> Any:
    try:
        return st.secrets.get(name)
    except Exception:  # No secrets file at all is the normal local case.
        return None


def secrets_db() -> str | None:
    """`[backfit] db` from Streamlit secrets, if there is a secrets file that sets it."""
    section = _secret_section("backfit")
    return section.get("db") if section else None


def hosted() -> bool:
    """True when sign-in is configured (`[auth]` in secrets): one profile per user."""
    return _secret_section("auth") is not None


def get_store() -> Store:
    """The process's open database, or a one-sentence error on the page and a stop."""
    location = locate(secrets_db=secrets_db())
    try:
        return _open_store(location)
    except BackfitError as exc:
        st.error(str(exc), icon=":material/lock:")
        st.stop()
        raise  # st.stop() does not return; this keeps type checkers honest.


def require_sign_in() -> None:
    """When hosted, show the sign-in screen and stop the run until the user has signed in."""
    if hosted() and not st.user.is_logged_in:
        st.title(":material/fitness_center: BackFit")
        st.write(
            "Sign in to see your routine, your log and your progress. Your data is yours alone."
        )
        st.button("Sign in", icon=":material/login:", type="primary", on_click=st.login)
        st.stop()


def current_profile() -> Profile:
    """The lifter whose data this session shows and writes."""
    store = get_store()
    if hosted():
        require_sign_in()
        return ensure_profile(store, _user_profile_name())
    return ensure_profile(store, st.session_state.get(PROFILE_KEY, DEFAULT_PROFILE))


def _user_profile_name() -> str:
    # The e-mail is stable and readable; `sub` is the fallback every OIDC provider sends.
    return str(st.user.get("email") or st.user.get("sub"))


def render_profile_picker() -> None:
    """Sidebar control for whose data this is: sign-out when hosted, named profiles otherwise."""
    if hosted():
        if st.user.is_logged_in:
            st.caption(f":material/person: {_user_profile_name()}")
            st.button("Sign out", icon=":material/logout:", on_click=st.logout)
        return
    store = get_store()
    names = list_profiles(store) or [DEFAULT_PROFILE]
    if PROFILE_KEY not in st.session_state:
        # A new browser session opens on `?profile=` or the profile last used in the app,
        # never on the alphabetically first one (issue #13).
        asked = st.query_params.get("profile")
        last = first_run.last_used_profile(store)
        st.session_state[PROFILE_KEY] = asked if asked in names else last or DEFAULT_PROFILE
    current = st.session_state[PROFILE_KEY]
    if current not in names:
        names.append(current)
    st.selectbox(
        "Profile",
        sorted(names),
        key=PROFILE_KEY,
        format_func=lambda n: f"{n} · demo" if first_run.is_demo(n) else n,
        # Remembered when the lifter picks one, not on every render: opening a page writes nothing.
        on_change=_remember,
        args=(store,),
    )
    if first_run.is_demo(st.session_state[PROFILE_KEY]):
        st.info("You are looking at generated demo data.", icon=":material/science:")
        st.button(
            "Delete demo data",
            icon=":material/delete:",
            on_click=_delete_demo,
            args=(store,),
            width="stretch",
        )
    with st.popover("New profile", icon=":material/person_add:", width="stretch"):
        with st.form("new_profile", border=False):
            st.text_input("Name", max_chars=64, placeholder="e.g. Sam", key="new_profile_name")
            st.form_submit_button("Create", type="primary", on_click=_create_profile, args=(store,))
        if error := st.session_state.pop("new_profile_error", None):
            st.error(error, icon=":material/error:")


def _remember(store: Store) -> None:
    first_run.remember_profile(store, st.session_state[PROFILE_KEY])


def start_demo(store: Store) -> None:
    """Callback of "Try demo data": a generated year in the demo profile, then open it."""
    first_run.create_demo(store)
    st.session_state[PROFILE_KEY] = first_run.DEMO_PROFILE
    _remember(store)


def _delete_demo(store: Store) -> None:
    first_run.delete_demo(store)
    others = [n for n in list_profiles(store) if not first_run.is_demo(n)]
    st.session_state[PROFILE_KEY] = others[0] if others else DEFAULT_PROFILE
    first_run.remember_profile(store, st.session_state[PROFILE_KEY])


def _create_profile(store: Store) -> None:
    # A callback runs before the widgets of the next run, so it may set the picker's value.
    try:
        name = clean_name(st.session_state.get("new_profile_name", ""))
    except ValidationError as exc:
        st.session_state["new_profile_error"] = str(exc)
        return
    ensure_profile(store, name)
    st.session_state[PROFILE_KEY] = name
    st.session_state["new_profile_name"] = ""
    _remember(store)
