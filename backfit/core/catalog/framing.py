"""What frames every session and every plan: warm-up, stretches, safety text, red flags (§1, §6)."""

from __future__ import annotations

from backfit.core.catalog.model import Stretch, WarmupItem

WARMUP: tuple[WarmupItem, ...] = (
    WarmupItem(
        "general",
        "Easy cardio (bike, rower, brisk walk)",
        5,
        "Raise the pulse until you are warm and slightly out of breath.",
    ),
    WarmupItem(
        "cat_camel",
        "Cat–camel",
        1,
        "On hands and knees, slowly round and arch the back 8–10 times, no forcing.",
    ),
    WarmupItem(
        "band_pull_apart",
        "Band pull-aparts or arm circles",
        1,
        "15–20 easy reps to wake up the upper back and rear shoulders.",
    ),
    WarmupItem(
        "ramp_sets",
        "Ramp sets for the first heavy lift",
        3,
        "2–3 lighter sets of the first lift (about 40 %, 60 %, 80 % of the working load).",
    ),
)

STRETCHES: tuple[Stretch, ...] = (
    Stretch(
        "lat_stretch",
        "Lat stretch (hanging or kneeling on a bench)",
        ("lats",),
        30,
        2,
        "Reach long, sit the hips back and let the armpit open; breathe slowly.",
    ),
    Stretch(
        "childs_pose",
        "Child's pose",
        ("erector spinae", "lats"),
        30,
        2,
        "Knees wide, hips to heels, arms long in front.",
    ),
    Stretch(
        "knee_to_chest",
        "Knee-to-chest",
        ("erector spinae", "glutes"),
        30,
        2,
        "Lying on your back, hug one knee at a time towards the chest.",
    ),
    Stretch(
        "hamstring",
        "Supine hamstring stretch",
        ("hamstrings",),
        30,
        2,
        "One leg up, hands or a strap behind the thigh, knee nearly straight.",
    ),
    Stretch(
        "doorway_pec",
        "Doorway chest stretch",
        ("rear delts", "traps"),
        30,
        2,
        "Forearm on a door frame, step through gently: opens the front for better posture.",
    ),
)

#: TRAINING.md §6, shown wherever a routine or the log is shown. Never hidden.
SAFETY_NOTES: tuple[str, ...] = (
    "Before starting: if you have heart, metabolic or kidney disease, or symptoms of it, get "
    "medical clearance first.",
    "Stop and see a clinician if pain spreads into a leg, tingling or numbness appears, or pain "
    "is worse and lasts more than 48 hours.",
    "Seek urgent care for new loss of bladder or bowel control, numbness in the groin or saddle "
    "area, severe or worsening leg weakness, fever or unexplained weight loss with back pain, or "
    "back pain after major trauma.",
    "Exercise helps prevent low-back pain from coming back (about a third lower risk), but the "
    "effect fades after a year, so keep training. Posture work is not a cure for pain.",
    "Form: neutral spine on rows and deadlifts; exhale through the hardest part; back extensions "
    "after deadlifts and rows, not before; no 1-rep-max tests for novices.",
)

#: TRAINING §6 red-flag screen (NG59): asked once per profile before the first plan with any
#: pain share. Any "yes" gives no plan, only `URGENT_CARE`.
RED_FLAG_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("bladder_bowel", "Have you newly lost control of your bladder or bowels?"),
    ("saddle_numbness", "Is there numbness in your groin or saddle area?"),
    ("leg_weakness", "Do you have severe or worsening weakness in a leg?"),
    ("fever_weight", "Do you have a fever or unexplained weight loss along with back pain?"),
    ("trauma", "Did your back pain start after a major trauma (a fall, a crash)?"),
)
URGENT_CARE: str = (
    "Please seek urgent medical care before you train: what you answered can be a sign of a "
    "condition that needs a doctor today (NICE NG59). BackFit shows no plan until a clinician "
    "has cleared you; you can change your answers on the Goals page afterwards."
)
