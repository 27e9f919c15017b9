"""What the room does with a flagged message, per category: block, hide and alert, or show and alert.

One "block" for everything silenced children and buried the alerts that matter (issue 14).
Each category has an action and a severity, configurable per room:
  block       not shown; the sender is told kindly why; the facilitator sees it in the alerts panel;
  hide_alert  not shown to peers; the facilitator gets a private alert;
  show_alert  shown to everyone; the facilitator gets an alert.
A disclosure (C2, and S11 self-harm) is never met with "not shown" alone: Jack answers the
child privately and kindly that a trusted adult can help, and the facilitator gets a
high-priority alert, whatever the action says about showing it.
"""

from dataclasses import dataclass
from enum import StrEnum

from jackpeer.errors import ConfigError
from jackpeer.guard.taxonomy import ALL_CODES, describe


class Action(StrEnum):
    """What happens to a flagged message."""

    BLOCK = "block"
    HIDE_ALERT = "hide_alert"
    SHOW_ALERT = "show_alert"


SEVERITIES = ("low", "medium", "high")
# Codes where the child is the one at risk: a kind private reply and a high alert, always.
DISCLOSURE_CODES = frozenset({"C2", "S11"})

DEFAULT_ACTIONS: dict[str, tuple[Action, str]] = {
    "S1": (Action.HIDE_ALERT, "high"), "S2": (Action.BLOCK, "low"), "S3": (Action.HIDE_ALERT, "high"),
    "S4": (Action.HIDE_ALERT, "high"), "S5": (Action.BLOCK, "low"), "S6": (Action.BLOCK, "low"),
    "S7": (Action.BLOCK, "medium"), "S8": (Action.BLOCK, "low"), "S9": (Action.HIDE_ALERT, "high"),
    "S10": (Action.BLOCK, "medium"), "S11": (Action.HIDE_ALERT, "high"), "S12": (Action.BLOCK, "medium"),
    "S13": (Action.BLOCK, "low"), "S14": (Action.BLOCK, "low"),
    "C1": (Action.BLOCK, "medium"), "C2": (Action.HIDE_ALERT, "high"), "C3": (Action.HIDE_ALERT, "high"),
    "C4": (Action.BLOCK, "medium"),
}

# What the sender is told, kindly, when their message is not shown (first matching code wins).
NOTICES: dict[str, str] = {
    "C1": "That message could hurt someone's feelings, so it wasn't shown. Could you say it in a kinder way?",
    "C4": "That message had personal details in it (like a phone number, address or password), so it wasn't shown. "
          "Keeping them private keeps everyone safe.",
    "S7": "That message had personal details in it (like a phone number, address or password), so it wasn't shown. "
          "Keeping them private keeps everyone safe.",
    "C3": "That message wasn't shown: in this room we keep chats here, and we don't ask for photos, private apps or secrets.",
    "S10": "That message could hurt people, so it wasn't shown. Everyone is welcome here.",
}
HIDDEN_NOTICE = "Your message was kept private: only you and your facilitator can see it."
DEFAULT_NOTICE = "That message wasn't shown because it may not be right for this room. Could you say it another way?"
DISCLOSURE_REPLY = ("Thank you for telling me, {name}. That sounds really hard, and it is not your fault. "
                    "A trusted adult can help with this: I've let {adult} know, so they can talk with you. "
                    "If you are in danger right now, tell a grown-up near you straight away.")


@dataclass(frozen=True)
class Decision:
    """What to do with one flagged message: action, severity, what the sender and the facilitator are told."""

    action: Action
    severity: str
    categories: tuple[str, ...]
    notice: str | None  # to the sender only; None when the message is shown
    reply: str | None  # Jack's private, kind reply to a disclosure; None otherwise

    @property
    def shown(self) -> bool:
        """Whether peers see the message."""
        return self.action is Action.SHOW_ALERT

    @property
    def disclosure(self) -> bool:
        """Whether the message discloses that the sender may be at risk."""
        return bool(DISCLOSURE_CODES & set(self.categories))


class ActionPolicy:
    """Per-category actions and severities: the defaults above with a room's overrides."""

    def __init__(self, overrides: dict[str, str] | None = None):
        if overrides is not None and not isinstance(overrides, dict):
            raise ConfigError('guard actions are an object of category -> action, e.g. {"C1": "show_alert"}')
        self.rules = dict(DEFAULT_ACTIONS)
        for code, spec in (overrides or {}).items():
            self.rules[_code(code)] = _parse_rule(code, spec)

    @classmethod
    def from_spec(cls, spec: str) -> "ActionPolicy":
        """A policy from "C1=show_alert, S7=block:low" (code=action[:severity], comma-separated)."""
        pairs = {}
        for part in filter(None, (p.strip() for p in spec.split(","))):
            code, sep, rule = part.partition("=")
            if not sep:
                raise ConfigError(f"guard action {part!r} needs the form CODE=action[:severity], e.g. C1=show_alert")
            pairs[code.strip()] = rule.strip()
        return cls(pairs)

    def decide(self, categories: list[str], name: str = "", adult: str = "your teacher") -> Decision:
        """The decision for a message flagged with these categories: the most protective action, highest severity."""
        rules = [self.rules.get(c, (Action.BLOCK, "medium")) for c in categories] or [(Action.BLOCK, "medium")]
        severity = max((s for _, s in rules), key=SEVERITIES.index)
        actions = {a for a, _ in rules}
        action = (Action.HIDE_ALERT if Action.HIDE_ALERT in actions else
                  Action.BLOCK if Action.BLOCK in actions else Action.SHOW_ALERT)
        reply = None
        if DISCLOSURE_CODES & set(categories):
            severity = "high"
            reply = DISCLOSURE_REPLY.format(name=name or "friend", adult=adult)
        if action is Action.SHOW_ALERT:
            notice = None
        elif action is Action.HIDE_ALERT:
            notice = HIDDEN_NOTICE
        else:
            notice = next((NOTICES[c] for c in categories if c in NOTICES), DEFAULT_NOTICE)
        return Decision(action, severity, tuple(categories), notice, reply)

    def describe(self) -> list[dict]:
        """Rows {code, category, action, severity} for the facilitator's view."""
        return [{"code": c, "category": describe([c]), "action": str(a), "severity": s} for c, (a, s) in self.rules.items()]


def _code(code: str) -> str:
    key = code.strip().upper()
    if key not in ALL_CODES:
        raise ConfigError(f"unknown guard category {code!r}: use one of {', '.join(ALL_CODES)}")
    return key


def _parse_rule(code: str, spec: str) -> tuple[Action, str]:
    action, _, severity = spec.strip().lower().partition(":")
    try:
        act = Action(action)
    except ValueError:
        raise ConfigError(f"unknown guard action {action!r} for {code}: use one of "
                          f"{', '.join(a.value for a in Action)}") from None
    sev = severity or DEFAULT_ACTIONS[_code(code)][1]
    if sev not in SEVERITIES:
        raise ConfigError(f"unknown severity {severity!r} for {code}: use low, medium or high")
    if _code(code) in DISCLOSURE_CODES and act is Action.BLOCK:
        raise ConfigError(f"{code} is a disclosure: it cannot be just blocked. Use hide_alert or show_alert; "
                          "the child always gets a kind reply and the facilitator a high alert.")
    return act, sev
