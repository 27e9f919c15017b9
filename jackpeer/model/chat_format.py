"""Chat formats: Llama 3 headers and ChatML, turning OpenAI-style messages into prompt ids.

A checkpoint with neither (a base model, or a chat format jackpeer does not know) gets `NoChatFormat`,
which completes text but refuses chat with a `NoChatFormatError` saying so.

A prompt is built as a list of segments, each a special token or plain text. Plain text runs
are encoded as ordinary text, so a user who types "<|im_start|>" cannot forge a turn; only
the formatter inserts special ids. Runs of text between special tokens are encoded whole,
which gives the same ids as rendering the checkpoint's Jinja template and tokenizing it.
"""

import json
import re
import time
from dataclasses import dataclass, field
from typing import NoReturn

from jackpeer.errors import NoChatFormatError
from jackpeer.model.tool_calls import (
    ToolCall,
    parse_builtin_call,
    parse_chatml_tool_calls,
    parse_function_tags,
    parse_json_calls,
    parse_pythonic,
)

__all__ = ["ChatReply", "ToolCall", "Llama3ChatFormat", "ChatMLFormat", "NoChatFormat", "chat_format_for"]


@dataclass
class ChatReply:
    """A parsed model reply: its text and the tool calls it asks for."""

    content: str
    tool_calls: list[ToolCall] = field(default_factory=list)


@dataclass(frozen=True)
class Special:
    """A special token in a prompt, by name."""

    name: str


Segment = str | Special


def _text(content) -> str:
    """Message content as text: a string, None, or a list of OpenAI content parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return json.dumps(content, ensure_ascii=False)


def _call_parts(call: dict) -> tuple[str, dict]:
    """(name, arguments) of an OpenAI-style tool call or a {"name", "arguments"} dict."""
    fn = call.get("function", call)
    args = fn.get("arguments", fn.get("parameters", {}))
    if isinstance(args, str):
        try:
            args = json.loads(args) if args.strip() else {}
        except json.JSONDecodeError:
            args = {"arguments": args}
    return fn.get("name", ""), args


def _encode_segments(tokenizer, segments: list[Segment]) -> list[int]:
    """Ids of a segment list: specials by id, each run of adjacent text encoded whole."""
    ids: list[int] = []
    run: list[str] = []
    for seg in [*segments, None]:
        if isinstance(seg, str):
            run.append(seg)
            continue
        if run:
            ids.extend(tokenizer.encode("".join(run)))
            run = []
        if seg is not None:
            ids.append(tokenizer.special_id(seg.name))
    return ids


class _SegmentedFormat:
    """What both chat formats share: each builds its prompt as segments (its `segments` method),
    which are then encoded to ids or rendered as text."""

    has_chat = True

    def encode_dialog(
        self, messages: list[dict], add_generation_prompt: bool = True, tools: list[dict] | None = None
    ) -> list[int]:
        """Prompt ids for a conversation (OpenAI-style message dicts)."""
        return _encode_segments(self.tokenizer, self.segments(messages, add_generation_prompt, tools))

    def render(
        self, messages: list[dict], add_generation_prompt: bool = True, tools: list[dict] | None = None
    ) -> str:
        """The prompt as text, special tokens by name."""
        segments = self.segments(messages, add_generation_prompt, tools)
        return "".join(s.name if isinstance(s, Special) else s for s in segments)


def _strip_stop_names(text: str, names: tuple[str, ...]) -> str:
    """`text` without a trailing stop-token name (present when the stop token was decoded)."""
    for name in names:
        if text.endswith(name):
            return text[: -len(name)]
    return text


class Llama3ChatFormat(_SegmentedFormat):
    """Llama 3 headers: `<|start_header_id|>role<|end_header_id|>\\n\\ncontent<|eot_id|>`.

    Content is trimmed as in HF's Jinja templates. `date` (e.g. "26 Jul 2024") adds the 3.1
    knowledge-cutoff/date header to the system message; `builtin_tools` (e.g. ["brave_search"])
    turns on Meta's built-in tools.
    """

    def __init__(self, tokenizer, date: str | None = None, builtin_tools: list[str] | None = None):
        self.tokenizer = tokenizer
        self.date = date
        self.builtin_tools = list(builtin_tools or [])
        names = ("<|eot_id|>", "<|eom_id|>", "<|end_of_text|>")
        self._has = {n for n in (*names, "<|python_tag|>") if _has_special(tokenizer, n)}
        self.stop_ids: frozenset[int] = tokenizer.stop_ids | {
            tokenizer.special_id(n) for n in names if n in self._has
        }

    def _header(self, role: str) -> list[Segment]:
        return [Special("<|start_header_id|>"), role, Special("<|end_header_id|>"), "\n\n"]

    def _system_text(self, system: str, tools: list[dict] | None) -> str | None:
        """The system message body: environment and tools lines, date header, tool specs, text."""
        if not (system or tools or self.builtin_tools or self.date):
            return None
        out = ""
        if tools or self.builtin_tools:
            out += "Environment: ipython\n"
        listed = [t for t in self.builtin_tools if t != "code_interpreter"]
        if listed:
            out += "Tools: " + ", ".join(listed) + "\n\n"
        if self.date:
            out += f"Cutting Knowledge Date: December 2023\nToday Date: {self.date}\n\n"
        if tools:
            out += (
                "You have access to the following functions. To call a function, please respond with JSON "
                'for a function call.Respond in the format {"name": function name, "parameters": dictionary '
                "of argument name and its value}.Do not use variables.\n\n"
            )
            for t in tools:
                out += json.dumps(t, indent=4, ensure_ascii=False) + "\n\n"
        return out + system

    def _tool_call_text(self, call: dict) -> str:
        name, args = _call_parts(call)
        if name in self.builtin_tools and name != "code_interpreter":
            return name + ".call(" + ", ".join(f'{k}="{v}"' for k, v in args.items()) + ")"
        if name == "code_interpreter" and "code" in args:
            return str(args["code"])
        return json.dumps({"name": name, "parameters": args}, ensure_ascii=False)

    def segments(
        self, messages: list[dict], add_generation_prompt: bool = True, tools: list[dict] | None = None
    ):
        """The prompt as segments (special tokens and text)."""
        segs: list[Segment] = [Special("<|begin_of_text|>")]
        system = ""
        if messages and messages[0].get("role") == "system":
            system = _text(messages[0].get("content")).strip()
            messages = messages[1:]
        body = self._system_text(system, tools)
        if body is not None:
            segs += [*self._header("system"), body, Special("<|eot_id|>")]
        for m in messages:
            role = m.get("role", "user")
            if role == "assistant" and m.get("tool_calls"):
                segs += self._header("assistant")
                if _text(m.get("content")).strip():
                    segs.append(_text(m.get("content")).strip())
                if "<|python_tag|>" in self._has:
                    segs.append(Special("<|python_tag|>"))
                segs.append("\n".join(self._tool_call_text(c) for c in m["tool_calls"]))
                # The message paused for a tool result: re-encode it as the model ended it.
                segs.append(Special("<|eom_id|>" if "<|eom_id|>" in self._has else "<|eot_id|>"))
            elif role in ("tool", "ipython"):
                segs += [*self._header("ipython"), _text(m.get("content")), Special("<|eot_id|>")]
            else:
                segs += [*self._header(role), _text(m.get("content")).strip(), Special("<|eot_id|>")]
        if add_generation_prompt:
            segs += self._header("assistant")
        return segs

    def parse_reply(self, text: str) -> ChatReply:
        """Content and tool calls of a generated reply (built-in, JSON, <function=>, pythonic)."""
        text = _strip_stop_names(text, ("<|eot_id|>", "<|eom_id|>", "<|end_of_text|>"))
        if "<|python_tag|>" in text:
            before, _, call = text.partition("<|python_tag|>")
            calls = parse_json_calls(call) or parse_builtin_call(call)
            if not calls and call.strip():
                calls = [ToolCall("code_interpreter", {"code": call.strip()})]
            return ChatReply(before.strip(), calls)
        calls = parse_json_calls(text) or parse_pythonic(text)
        if calls:
            return ChatReply("", calls)
        calls = parse_function_tags(text)
        if calls:
            return ChatReply(
                re.sub(r"<function=[^>]+>.*?</function>", "", text, flags=re.DOTALL).strip(), calls
            )
        return ChatReply(text, [])


TOOLS_PROMPT_CHATML = (
    "\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n{tools}\n</tools>\n\n"
    "For each function call, return a json object with function name and arguments within "
    "<tool_call></tool_call> XML tags:\n<tool_call>\n"
    '{{"name": <function-name>, "arguments": <args-json-object>}}\n</tool_call>'
)


class ChatMLFormat(_SegmentedFormat):
    """ChatML: `<|im_start|>role\\ncontent<|im_end|>\\n` (SmolLM2, Qwen), tools as <tool_call> JSON.

    `default_system` is inserted when the conversation does not start with a system message,
    as SmolLM2's template does. Tool results (role "tool"/"ipython") go back as a user turn
    wrapped in <tool_response> tags.
    """

    def __init__(self, tokenizer, default_system: str | None = None):
        self.tokenizer = tokenizer
        self.default_system = default_system
        self.stop_ids: frozenset[int] = frozenset({tokenizer.special_id("<|im_end|>")}) | tokenizer.stop_ids

    def _turn(self, role: str, text: str) -> list[Segment]:
        return [Special("<|im_start|>"), f"{role}\n{text}", Special("<|im_end|>"), "\n"]

    def segments(
        self, messages: list[dict], add_generation_prompt: bool = True, tools: list[dict] | None = None
    ):
        """The prompt as segments (special tokens and text)."""
        segs: list[Segment] = []
        messages = list(messages)
        if messages and messages[0].get("role") != "system" and (self.default_system is not None or tools):
            messages.insert(0, {"role": "system", "content": self.default_system or ""})
        for i, m in enumerate(messages):
            role, text = m.get("role", "user"), _text(m.get("content"))
            if i == 0 and role == "system" and tools:
                specs = "\n".join(json.dumps(t, ensure_ascii=False) for t in tools)
                text += TOOLS_PROMPT_CHATML.format(tools=specs)
            if role == "assistant" and m.get("tool_calls"):
                for call in m["tool_calls"]:
                    name, args = _call_parts(call)
                    payload = json.dumps({"name": name, "arguments": args}, ensure_ascii=False)
                    text += ("\n" if text else "") + f"<tool_call>\n{payload}\n</tool_call>"
            elif role in ("tool", "ipython"):
                role, text = "user", f"<tool_response>\n{text}\n</tool_response>"
            segs += self._turn(role, text)
        if add_generation_prompt:
            segs += [Special("<|im_start|>"), "assistant\n"]
        return segs

    def parse_reply(self, text: str) -> ChatReply:
        """Content and `<tool_call>` calls of a generated reply."""
        text = _strip_stop_names(text, ("<|im_end|>", "<|endoftext|>"))
        content, calls = parse_chatml_tool_calls(text)
        if not calls:
            calls = parse_json_calls(text)  # small models often drop the tags
            content = "" if calls else text
        return ChatReply(content, calls)


def _has_special(tokenizer, name: str) -> bool:
    try:
        tokenizer.special_id(name)
    except KeyError:
        return False
    return True


# The literal system message a ChatML template inserts when none is given.
_DEFAULT_SYSTEM = re.compile(r"<\|im_start\|>system\n([^{}<]+?)<\|im_end\|>")


class NoChatFormat:
    """The format of a checkpoint without a chat format: text completion only, chat refused clearly."""

    has_chat = False

    def __init__(self, tokenizer, source: str = "this checkpoint"):
        self.tokenizer = tokenizer
        self.source = source
        self.stop_ids: frozenset[int] = tokenizer.stop_ids

    def refusal(self) -> NoChatFormatError:
        """The error every chat request on this checkpoint raises, saying what to use instead."""
        return NoChatFormatError(
            f"{self.source} has no chat format jackpeer knows (its tokenizer has neither Llama 3 header "
            "tokens nor ChatML tokens): it is a base model or uses another template. Use text completion "
            "(`jack generate`, lm.complete, /v1/completions), or an instruction-tuned Llama 3 or ChatML "
            "model (e.g. the bundled SmolLM2) for chat."
        )

    def _refuse(self) -> NoReturn:
        raise self.refusal()

    def segments(self, messages: list[dict], add_generation_prompt: bool = True, tools: list[dict] | None = None):
        """Refused: there is no chat format to build a prompt with."""
        self._refuse()

    def encode_dialog(
        self, messages: list[dict], add_generation_prompt: bool = True, tools: list[dict] | None = None
    ) -> list[int]:
        """Refused: there is no chat format to build a prompt with."""
        self._refuse()

    def render(
        self, messages: list[dict], add_generation_prompt: bool = True, tools: list[dict] | None = None
    ) -> str:
        """Refused: there is no chat format to build a prompt with."""
        self._refuse()

    def parse_reply(self, text: str) -> ChatReply:
        """The text itself, without tool calls (a base model has no call syntax)."""
        return ChatReply(text, [])


def chat_format_for(
    tokenizer, metadata: dict, source: str = "this checkpoint"
) -> "Llama3ChatFormat | ChatMLFormat | NoChatFormat":
    """The chat format a checkpoint was trained with, from its chat template and special tokens.

    NoChatFormat when the tokenizer has neither Llama 3 header tokens nor ChatML tokens.
    """
    template = metadata.get("tokenizer.chat_template") or metadata.get("chat_template") or ""
    if not isinstance(template, str):
        template = ""
    llama3 = _has_special(tokenizer, "<|start_header_id|>") and _has_special(tokenizer, "<|eot_id|>")
    chatml = _has_special(tokenizer, "<|im_start|>") and _has_special(tokenizer, "<|im_end|>")
    if llama3 and (not template or "start_header_id" in template or not chatml):
        # 3.1+ templates always open with the knowledge-cutoff/date header (today's date, as HF renders it).
        date = time.strftime("%d %b %Y") if "Cutting Knowledge Date" in template else None
        return Llama3ChatFormat(tokenizer, date=date)
    if chatml:
        m = _DEFAULT_SYSTEM.search(template)
        return ChatMLFormat(tokenizer, default_system=m.group(1) if m else None)
    return NoChatFormat(tokenizer, source)
