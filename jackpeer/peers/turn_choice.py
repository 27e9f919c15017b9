"""Best-of-N for Jack's turns: sample candidates in one batch, rank them with the turn rules, keep the best;
the move's slot templates are the floor when no candidate passes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from jackpeer.peers.talk_moves import TurnSpec
from jackpeer.peers.turn_checks import TurnContext, failed_rules, rank_key, whole_sentences
from jackpeer.peers.words import GENERIC_WORDS, content_words, number_in, words

MAX_TOKENS = 36  # a turn is at most two short sentences (templates are 25-35 tokens)
# Rows the engine decodes before a turn asks for fewer candidates. A batched step of 4 rows costs 1.7x one row's,
# of 16 rows 4.9x (bench/results/serve.json), so when a class's rooms all ask at once (a phase ends everywhere),
# the first two rooms get best-of-4 and the others none: their move's template at once, the floor every turn has
# (and what 98% of turns said anyway, bench/results/turns.json), rather than a candidate that waits for the others.
SHARED_ROWS = 8


def candidate_count(backend, best_of: int) -> int:
    """How many candidates to ask for: `best_of`, fewer while the backend's engine is busy with other turns, none
    when it already decodes SHARED_ROWS rows."""
    busy = getattr(backend, "rows_in_flight", None)
    return best_of if busy is None else max(0, min(best_of, SHARED_ROWS - busy()))


def sample_candidates(backend, messages: list[dict], n: int, max_tokens: int = MAX_TOKENS) -> list[str]:
    """Up to `n` sampled replies to one prompt (fewer when the engine is busy), from one batched generation.

    The one place Jack asks for candidates, so it can move onto the shared batching engine unchanged."""
    n = candidate_count(backend, n)
    return list(backend.candidates(messages, n, max_tokens)) if n else []


def consensus_answers(candidates: list[str], ctx: TurnContext) -> list[str]:
    """Words (or numbers) most candidates give in answer to a factual question: the model's self-consistent
    answer, accepted by the rules like a known one. Only candidates that take up the question's words vote;
    empty when fewer than half of all candidates agree."""
    asked = content_words(ctx.last.get("text", ""))
    votes: Counter[str] = Counter()
    for c in candidates:
        if not content_words(c) & asked:
            continue  # not about the question: its words are no answer to it
        found = (content_words(c) - asked - GENERIC_WORDS) | set(re.findall(r"\b\d+\b", c))
        votes.update(found)
    need = max(2, len(candidates) // 2 + 1)
    return [w for w, k in votes.most_common(2) if k >= need]


# Warm words a candidate may add to its move's sentence ("Only 2 minutes left for ideas, friends!").
_WARM = content_words("friends team everyone everybody folks great nice cool awesome fun glad excited super really")


def keeps_the_move(text: str, spec: TurnSpec) -> bool:
    """Whether a model candidate says what one of the move's templates says (the prompt asks it to word that
    sentence): at least 60% of its content words, the task's aside, every member it names and every number it gives, no quoted speech
    the template has not, no content word that neither a template nor the room has said, and not much longer. The bundled model's candidates that passed the turn rules were mostly
    stories of their own ("Dad is going to check that the cans have been recycled." for off-task talk, "Today's task:
    Build a treehouse using recycled materials." for a question about the phase): of the 26 model turns said on the
    144 dev situations, 2 keep their move, "Omar, I am curious about can bins too. What do the others think??" one."""
    def named(s: str) -> set[str]:
        return {m for m in spec.context.members if re.search(rf"(?<!\w){re.escape(m)}(?!\w)", s)}

    said, names, task = content_words(text), named(text), content_words(spec.context.task)
    # Nor a word of its own that neither a template nor the room has said: session 31's turns bench said "... a special
    # treat for our hamsters, including some delicious treats made from their milk." as a participant's hello and
    # "which bin is for canards?" for "which bin is for cans".
    ctx = spec.context
    if said - set().union(*map(content_words, spec.templates)) - ctx.grounded_words() - GENERIC_WORDS - _WARM:
        return False  # (the members' names are grounded words)
    for t in spec.templates:
        # The task's own words do not count: "Haha, I'm glad you're enjoying the possibilities of building a bird
        # feeder for the school garden! Here's a few exciting options" kept 5 of 8 of "Fun! Now back to our task:
        # how could we build a bird feeder for the school garden?" with none of the move's own.
        meant = content_words(t) - task if len(content_words(t) - task) >= 2 else content_words(t)
        if not meant or len(said & meant) < 0.6 * len(meant):
            continue
        if not named(t) <= names:
            continue
        if any(not number_in(text, int(n)) for n in re.findall(r"\b\d+\b", t)):
            continue
        if ('"' in text and '"' not in t) or len(words(text)) > 1.5 * len(words(t)) + 3:
            continue
        return True
    return False


def _screened_ok(text: str, ctx: TurnContext, screen) -> bool:
    if screen is None:
        return True
    history = [{"role": "assistant" if h.get("from") == ctx.agent else "user", "content": h.get("text", "")}
               for h in ctx.history[-4:]]
    return bool(screen.check_agent(text, history=history).safe)


def choose_turn(candidates: list[str], spec: TurnSpec, screen=None) -> tuple[str, str]:
    """The text to say and where it came from ("model" or "template"): the best-ranked candidate that breaks
    no rule, keeps the move and passes the screen, else the first template that does, else the best-ranked template
    (the best-ranked candidate where there is none)."""
    ctx = spec.context
    if ctx.asks == "fact":
        ctx = replace(ctx, answers=consensus_answers(candidates, ctx))
    seen: set[str] = set()
    whole = [whole_sentences(c) for c in candidates if c]
    unique = [c for c in whole if c and not (c.lower() in seen or seen.add(c.lower()))]
    ranked = sorted(unique, key=lambda c: rank_key(c, ctx))
    for c in ranked:
        if failed_rules(c, ctx):
            break  # sorted: the rest break rules too
        # A factual answer most candidates agree on is its own move (consensus_answers): no template says it.
        if (keeps_the_move(c, spec) or ctx.answers) and _screened_ok(c, ctx, screen):
            return c, "model"
    for t in spec.templates:
        if not failed_rules(t, ctx) and _screened_ok(t, ctx, screen):
            return t, "template"
    # Nothing passes: the template that breaks the fewest rules says the move code decided. A model candidate only when
    # there is no template: "wow! today is festival day and i am going to play some music.." (shorter, and breaking the
    # same rule as the templates) was said for "jack can u decide the name".
    pool = [(rank_key(t, ctx), "template", t) for t in spec.templates] or [(rank_key(c, ctx), "model", c) for c in ranked]
    _, source, text = min(pool, key=lambda x: x[0])
    return text, source
