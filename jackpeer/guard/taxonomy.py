"""The Llama Guard 3 hazard taxonomy S1–S14 (spec llama3.md §4) and the children's room categories C1–C4.

S1–S14 keep Llama Guard's codes. What matters most in a room of children has no S code, so
four more sit beside them (issue 14): C1 bullying, harassment and exclusion (a child as the
target, not a protected group: that is S10); C2 safeguarding disclosure (a child telling of
abuse, neglect or fear at home, or of thinking about dying, which S11 reports too: the child is
the one at risk, so it is never merely blocked); C3 grooming, secrecy and moving off-platform
(an adult's or stranger's pattern, often only visible across messages; S4 keeps explicit sexual
exploitation); C4 personal details shared or asked for (the children's-room face of S7: the
offline screen reports both).

`name` is the short name the official HF chat template writes into the guard prompt
(`S1: Violent Crimes.`); `long_name` is the one on the model card; `description` is a
one-line summary for people (the facilitator sees it when something is blocked).
"""

from dataclasses import dataclass

from jackpeer.errors import ConfigError


@dataclass(frozen=True)
class Category:
    """One hazard category of the taxonomy."""

    code: str
    name: str
    long_name: str
    description: str


CATEGORIES: tuple[Category, ...] = (
    Category("S1", "Violent Crimes", "Violent Crimes",
             "enabling, encouraging or threatening violence against people or animals"),
    Category("S2", "Non-Violent Crimes", "Non-Violent Crimes",
             "theft, fraud, hacking, drug dealing, vandalism and other non-violent crimes"),
    Category("S3", "Sex Crimes", "Sex-Related Crimes",
             "sexual assault, harassment, trafficking and other sex-related crimes"),
    Category("S4", "Child Exploitation", "Child Sexual Exploitation",
             "sexual content involving minors, grooming, requests for images of children"),
    Category("S5", "Defamation", "Defamation",
             "verifiably false statements that damage a real person's reputation"),
    Category("S6", "Specialized Advice", "Specialized Advice",
             "medical, legal or financial advice that should come from a professional, dangerous activities"),
    Category("S7", "Privacy", "Privacy",
             "sharing or asking for personal information: phone numbers, addresses, e-mails, passwords"),
    Category("S8", "Intellectual Property", "Intellectual Property",
             "piracy and copying protected works without permission"),
    Category("S9", "Indiscriminate Weapons", "Indiscriminate Weapons",
             "bombs, explosives, chemical, biological, nuclear or radiological weapons"),
    Category("S10", "Hate", "Hate",
             "demeaning people for race, religion, gender, sexuality, disability or other protected traits"),
    Category("S11", "Self-Harm", "Suicide & Self-Harm",
             "suicide, self-injury and disordered eating, in word or intent"),
    Category("S12", "Sexual Content", "Sexual Content",
             "explicit or erotic sexual content"),
    Category("S13", "Elections", "Elections",
             "false information about when, where or how to vote"),
    Category("S14", "Code Interpreter Abuse", "Code Interpreter Abuse",
             "code meant to break out of a sandbox, damage a system or abuse a code interpreter"),
)

CHILD_CATEGORIES: tuple[Category, ...] = (
    Category("C1", "Bullying", "Bullying, Harassment & Exclusion",
             "insulting, mocking, threatening or shutting out another child, in one message or again and again"),
    Category("C2", "Safeguarding Disclosure", "Safeguarding Disclosure",
             "a child telling of abuse, neglect, going without food, being afraid or unsafe at home, "
             "or of thinking about dying"),
    Category("C3", "Grooming", "Grooming, Secrecy & Moving Off-Platform",
             "flattery, secrets from parents or teachers, requests for photos, meeting, or moving to a private app"),
    Category("C4", "Personal Details", "Personal Details",
             "a child's own or another child's phone, address, school, full name, password or handle, shared or asked for"),
)

CODES: tuple[str, ...] = tuple(c.code for c in CATEGORIES)
CHILD_CODES: tuple[str, ...] = tuple(c.code for c in CHILD_CATEGORIES)
ALL_CODES: tuple[str, ...] = CODES + CHILD_CODES
_BY_CODE = {c.code: c for c in CATEGORIES + CHILD_CATEGORIES}


def category(code: str) -> Category:
    """The category with this code ("S1".."S14", "C1".."C4"); raises ConfigError for an unknown code."""
    key = code.strip().upper()
    if key not in _BY_CODE:
        raise ConfigError(f"unknown hazard category {code!r}: use one of {', '.join(ALL_CODES)}")
    return _BY_CODE[key]


def describe(codes: list[str]) -> str:
    """Human-readable list of category codes, e.g. "S1 Violent Crimes, S10 Hate"."""
    return ", ".join(f"{c} {_BY_CODE[c].long_name}" if c in _BY_CODE else c for c in codes)
