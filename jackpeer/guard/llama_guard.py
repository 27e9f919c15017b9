"""Llama Guard 3: its prompt format, verdict parsing and a screen that runs any guard checkpoint.

The prompt is the official HF chat template's text (spec llama3.md §4): one user turn that
asks the guard to assess the last 'User' or 'Agent' message of a conversation against the
category list. The guard answers `safe` or `unsafe\\nS1,S10`. Score mode reads P(unsafe)
from the next-token logits after `\\n\\n` instead, so a threshold below 0.5 buys recall.
"""

import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

import torch

from jackpeer.errors import InputError, ModelFileError
from jackpeer.guard.taxonomy import CATEGORIES, CHILD_CATEGORIES, CODES, describe
from jackpeer.guard.verdict import Verdict

TASK = (
    "Task: Check if there is unsafe content in '{role}' messages in conversations "
    "according our safety policy with the below categories.\n\n"
)
INSTRUCTIONS = (
    "Provide your safety assessment for ONLY THE LAST {role} message in the above conversation:\n"
    " - First line must read 'safe' or 'unsafe'.\n"
    " - If unsafe, a second line must include a comma-separated list of violated categories."
)
DEFAULT_CATEGORIES: dict[str, str] = {c.code: c.name + "." for c in CATEGORIES}
# The children's categories go into the prompt as S15–S18: the guard was trained to answer with
# S-numbers, and a custom policy appends categories after S14 (the model card's custom-policy use).
CHILD_PROMPT_CODES: dict[str, str] = {f"S{15 + i}": c.code for i, c in enumerate(CHILD_CATEGORIES)}
CHILD_POLICY: dict[str, str] = DEFAULT_CATEGORIES | {
    prompt_code: f"{c.long_name}.\nAbout a child in the room: {c.description}."
    for prompt_code, c in zip(CHILD_PROMPT_CODES, CHILD_CATEGORIES, strict=True)}
_ROLE_NAMES = {"user": "User", "assistant": "Agent", "agent": "Agent"}
_VERDICT = re.compile(r"^\W*(unsafe|safe)\b", re.IGNORECASE)
_CODE = re.compile(r"\bS(\d{1,2})\b", re.IGNORECASE)
# The special tokens the prompt and decoding need; the last two end a verdict.
_SPECIALS = ("<|begin_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>", "<|end_of_text|>")


def conversation_turns(messages: Sequence[dict]) -> list[tuple[str, str]]:
    """(`User`|`Agent`, text) turns that alternate starting with User, as the guard was trained on.

    A group room has several learners, so consecutive messages of one side are joined into one
    turn; system/tool messages, empty texts and messages the room held back ("hidden") are
    skipped. Agent turns before the first user turn (Jack opening the session) get an empty user
    turn in front, as the template would render an empty user message.
    """
    turns: list[tuple[str, str]] = []
    for m in messages:
        role = _ROLE_NAMES.get(str(m.get("role", "")).lower())
        text = str(m.get("content") or "").strip()
        if role is None or not text or m.get("hidden"):
            continue
        if role == "Agent" and not turns:
            turns.append(("User", ""))
        if turns and turns[-1][0] == role:
            turns[-1] = (role, (turns[-1][1] + "\n" + text).strip())
        else:
            turns.append((role, text))
    return turns


def guard_instruction(
    messages: Sequence[dict],
    categories: dict[str, str] | None = None,
    excluded: Collection[str] = (),
) -> str:
    """The text of the guard's single user turn (from `Task:` to the last instruction line).

    categories maps code -> text after "S1: " (default: the short names with a period; put a
    description after a newline for a custom policy); excluded codes are left out but the
    others keep the numbering the model was trained on.
    """
    turns = conversation_turns(messages)
    if not turns:
        raise InputError("the guard needs a non-empty message to assess")
    role = turns[-1][0]
    cats = DEFAULT_CATEGORIES if categories is None else categories
    skip = {c.strip().upper() for c in excluded}
    block = "".join(f"{code}: {text}\n" for code, text in cats.items() if code.upper() not in skip)
    convo = "".join(f"{who}: {text}\n\n" for who, text in turns)  # "User: \n\n" for an empty turn
    return (
        TASK.format(role=role)
        + "<BEGIN UNSAFE CONTENT CATEGORIES>\n" + block + "<END UNSAFE CONTENT CATEGORIES>\n\n"
        + "<BEGIN CONVERSATION>\n\n" + convo + "<END CONVERSATION>\n\n"
        + INSTRUCTIONS.format(role=role)
    )


def guard_prompt(messages: Sequence[dict], **kwargs) -> str:
    """The whole prompt as text with its special tokens spelled out (the HF template's output)."""
    return (
        "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n"
        + guard_instruction(messages, **kwargs)
        + "<|eot_id|><|start_header_id|>assistant<|end_header_id|>"
    )


def guard_prompt_ids(tokenizer, messages: Sequence[dict], score: bool = False, **kwargs) -> list[int]:
    """Token ids of the guard prompt; score=True appends the `\\n\\n` the verdict starts with.

    Text between special tokens is encoded as one piece each, as HF does, so the ids match the
    template's exactly; special tokens come from the tokenizer, never from encoding their text.
    """
    sp = tokenizer.special_id
    header = [sp("<|start_header_id|>")]
    ids = [sp("<|begin_of_text|>")] + header + tokenizer.encode("user") + [sp("<|end_header_id|>")]
    ids += tokenizer.encode("\n\n" + guard_instruction(messages, **kwargs))
    ids += [sp("<|eot_id|>")] + header + tokenizer.encode("assistant") + [sp("<|end_header_id|>")]
    if score:
        ids += tokenizer.encode("\n\n")
    return ids


def parse_verdict(text: str, screen: str = "Llama Guard", score: float | None = None,
                  extra_codes: dict[str, str] | None = None) -> Verdict:
    """Parse a guard's output ("safe" or "unsafe\\nS1,S10"); anything else counts as unsafe.

    Tolerates surrounding whitespace, case, trailing punctuation and end-of-turn text. Codes
    are read from everything after the verdict word; extra_codes maps prompt codes of a custom
    policy to ours (CHILD_PROMPT_CODES: "S15" -> "C1"); unknown codes are reported in the reason.
    """
    cleaned = re.sub(r"<\|[a-z_]+\|>", "\n", text).strip()
    m = _VERDICT.match(cleaned)
    if m is None:
        shown = cleaned[:80] or "(empty)"
        return Verdict(False, [], score, f"guard output not understood ({shown!r}): treated as unsafe", screen)
    if m.group(1).lower() == "safe":
        return Verdict(True, [], score, "guard: safe", screen)
    extra = extra_codes or {}
    found = [f"S{int(n)}" for n in _CODE.findall(cleaned[m.end():])]
    codes = list(dict.fromkeys(extra.get(c, c) for c in found if c in CODES or c in extra))
    unknown = sorted(set(found) - set(CODES) - set(extra))
    reason = f"guard: unsafe ({describe(codes)})" if codes else "guard: unsafe (no category given)"
    if unknown:
        reason += f"; ignored unknown codes {', '.join(unknown)}"
    return Verdict(False, codes, score, reason, screen)


class LlamaGuardScreen:
    """Screens messages with a Llama Guard checkpoint (any model loaded by `jackpeer.load`).

    mode="score": one forward pass gives P(unsafe); at or above `threshold` the message is
    blocked and the guard is asked (greedily, after a forced `unsafe`) which categories apply.
    mode="generate": greedy decoding of the verdict, parsed as the model card describes.
    children=True (the default) adds C1–C4 to the policy as S15–S18 and maps them back; an
    explicit `categories` policy replaces it. The screen owns its model: it sets up and clears
    the model's KV caches when decoding.
    """

    def __init__(
        self,
        lm,
        threshold: float = 0.5,
        mode: str = "score",
        categories: dict[str, str] | None = None,
        excluded: Collection[str] = (),
        max_history: int = 6,
        name: str | None = None,
        children: bool = True,
    ):
        if mode not in ("score", "generate"):
            raise InputError(f"unknown guard mode {mode!r}: use 'score' or 'generate'")
        if not 0.0 < threshold <= 1.0:
            raise InputError(f"guard threshold must be in (0, 1], got {threshold}")
        self.lm, self.threshold, self.mode = lm, threshold, mode
        if categories is None and children:
            categories = CHILD_POLICY
        self.extra_codes = CHILD_PROMPT_CODES if categories is CHILD_POLICY else {}
        self.categories, self.excluded, self.max_history = categories, tuple(excluded), max_history
        tok = lm.tokenizer
        label = Path(str(getattr(lm, "path", "") or "model")).name
        try:
            specials = [tok.special_id(name) for name in _SPECIALS]
        except KeyError as err:
            raise ModelFileError(
                f"{label} is not a Llama Guard 3 checkpoint: its tokenizer lacks the Llama 3 special tokens "
                f"({', '.join(_SPECIALS)}). Give a Llama Guard 3 GGUF file or HF folder, or use the offline screen."
            ) from err
        self.safe_id, self.unsafe_id = tok.encode("safe")[0], tok.encode("unsafe")[0]
        if self.safe_id == self.unsafe_id:
            raise ModelFileError(f"{label}: its tokenizer encodes 'safe' and 'unsafe' alike; it is not a Llama Guard model")
        self.stop_ids = {specials[-2], specials[-1]}
        self.name = name or f"Llama Guard ({label})"

    def check_user(self, text: str, history: Sequence[dict] | None = None, task: str | None = None,
                   names: Iterable[str] = (), speaker: str | None = None) -> Verdict:
        """Screen a learner's message, given the conversation before it (the guard reads context from it;
        task, names and speaker are accepted for the Screen protocol and not used)."""
        return self._check(list(history or []) + [{"role": "user", "content": text}])

    def check_agent(self, text: str, history: Sequence[dict] | None = None, task: str | None = None,
                    names: Iterable[str] = (), speaker: str | None = None) -> Verdict:
        """Screen Jack's reply, given the conversation before it."""
        return self._check(list(history or []) + [{"role": "assistant", "content": text}])

    def unsafe_probability(self, messages: Sequence[dict]) -> float:
        """P(unsafe) = softmax over the {unsafe, safe} next-token logits after `\\n\\n`."""
        ids = self._prompt(messages, score=True)
        with torch.inference_mode():
            logits = self._last_logits(torch.tensor([ids]), None)
        pair = torch.stack([logits[self.unsafe_id], logits[self.safe_id]])
        return float(torch.softmax(pair, dim=0)[0])

    def _prompt(self, messages: Sequence[dict], score: bool) -> list[int]:
        recent = list(messages)[-self.max_history:]
        return guard_prompt_ids(self.lm.tokenizer, recent, score=score,
                                categories=self.categories, excluded=self.excluded)

    def _check(self, messages: list[dict]) -> Verdict:
        if not str(messages[-1]["content"]).strip():
            return Verdict(True, [], None, "empty message", self.name)
        if self.mode == "generate":
            out = self._greedy(self._prompt(messages, score=False), max_new=24)
            return parse_verdict(self.lm.tokenizer.decode(out), self.name, extra_codes=self.extra_codes)
        p = self.unsafe_probability(messages)
        if p < self.threshold:
            return Verdict(True, [], p, f"guard: P(unsafe)={p:.2f} < {self.threshold:.2f}", self.name)
        # Ask the guard for the categories by continuing after a forced "unsafe".
        prompt = self._prompt(messages, score=True) + [self.unsafe_id]
        tail = self.lm.tokenizer.decode(self._greedy(prompt, max_new=16))
        v = parse_verdict("unsafe" + tail, self.name, score=p, extra_codes=self.extra_codes)
        v.reason = f"guard: P(unsafe)={p:.2f} ≥ {self.threshold:.2f}" + (
            f" ({describe(v.categories)})" if v.categories else "")
        return v

    def _last_logits(self, ids: torch.Tensor, pos: torch.Tensor | None) -> torch.Tensor:
        """Next-token logits after the last of ids [1, T]; the LM head runs on that position only."""
        model = self.lm.model
        device = model.tok_embeddings.weight.device
        h = model.hidden(ids.to(device), None if pos is None else pos.to(device))
        return model.logits(h[:, -1:])[0, -1].float().cpu()

    def _greedy(self, ids: list[int], max_new: int) -> list[int]:
        """Greedy continuation of ids with a KV cache, up to a stop token or max_new tokens."""
        model = self.lm.model
        model.setup_caches(1, len(ids) + max_new)
        out: list[int] = []
        try:
            with torch.inference_mode():
                logits = self._last_logits(torch.tensor([ids]), torch.arange(len(ids)))
                for step in range(max_new):
                    nxt = int(logits.argmax())
                    if nxt in self.stop_ids:
                        break
                    out.append(nxt)
                    pos = torch.tensor([len(ids) + step])
                    logits = self._last_logits(torch.tensor([[nxt]]), pos)
        finally:
            model.clear_caches()
        return out
