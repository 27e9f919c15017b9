"""Tool calls in model replies: Llama 3.1 built-ins, JSON, <function=...>, pythonic lists, ChatML tags.

Every parser returns [] for text that is not a well-formed call, so a malformed call stays
ordinary reply text instead of raising (spec llama3.md §3).
"""

import ast
import json
import re
from dataclasses import dataclass, field

# Meta's built-in tool call: `brave_search.call(query="...")` (tool_utils.py).
BUILTIN_CALL = re.compile(r"\b(?P<tool_name>\w+)\.call\(query=\"(?P<query>[^\"]*)\"\)")
FUNCTION_TAG = re.compile(r"<function=(?P<name>[^>]+)>(?P<args>.*?)</function>", re.DOTALL)
CHATML_TOOL_CALL = re.compile(r"<tool_call>(?P<body>.*?)</tool_call>", re.DOTALL)


@dataclass
class ToolCall:
    """One call the model asked for: a tool name and its keyword arguments."""

    name: str
    arguments: dict = field(default_factory=dict)


def _json_object(text: str):
    """`text` parsed as JSON, or None when it is not valid JSON."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return None


def _call_from_dict(obj) -> ToolCall | None:
    """A ToolCall from {"name", "parameters"|"arguments"} (arguments may be a JSON string)."""
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str) or not obj["name"]:
        return None
    args = obj.get("parameters", obj.get("arguments", {}))
    if isinstance(args, str):  # OpenAI style: arguments serialized as JSON text
        args = _json_object(args) if args.strip() else {}
    if not isinstance(args, dict):
        return None
    return ToolCall(obj["name"], args)


def parse_json_calls(text: str) -> list[ToolCall]:
    """Calls from a reply made only of JSON call objects (one, a list, or several separated by ';')."""
    decoder = json.JSONDecoder()
    body, pos, objs = text.strip(), 0, []
    try:
        while pos < len(body):
            obj, pos = decoder.raw_decode(body, pos)
            objs.extend(obj if isinstance(obj, list) else [obj])
            while pos < len(body) and (body[pos].isspace() or body[pos] == ";"):
                pos += 1
    except (json.JSONDecodeError, RecursionError):
        return []
    calls = [_call_from_dict(o) for o in objs]
    return calls if calls and all(calls) else []


def parse_builtin_call(text: str) -> list[ToolCall]:
    """A Llama 3.1 built-in call such as `brave_search.call(query="...")`."""
    body = text.strip()
    try:
        node = ast.parse(body, mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        node = None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "call"
        and isinstance(node.func.value, ast.Name)
        and not node.args
    ):
        args = _literal_keywords(node)
        if args is not None:
            return [ToolCall(node.func.value.id, args)]
    m = BUILTIN_CALL.search(body)  # Meta's own, more forgiving pattern
    return [ToolCall(m["tool_name"], {"query": m["query"]})] if m else []


def _literal_keywords(call: ast.Call) -> dict | None:
    """Keyword arguments of a call node whose values are all Python literals, else None."""
    args = {}
    for kw in call.keywords:
        if kw.arg is None:
            return None
        try:
            args[kw.arg] = ast.literal_eval(kw.value)
        except (ValueError, TypeError, SyntaxError, RecursionError):
            return None
    return args


def parse_function_tags(text: str) -> list[ToolCall]:
    """Calls written `<function=NAME>{json args}</function>` (Llama 3.1 user-defined format)."""
    calls = []
    for m in FUNCTION_TAG.finditer(text):
        args = _json_object(m["args"].strip())
        if not isinstance(args, dict):
            return []
        calls.append(ToolCall(m["name"].strip(), args))
    return calls


def parse_pythonic(text: str) -> list[ToolCall]:
    """Calls written as a Python list `[f(a=1), g(b='x')]` (Llama 3.2 lightweight models)."""
    body = text.strip()
    if not (body.startswith("[") and body.endswith("]")):
        return []
    try:
        node = ast.parse(body, mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        return []
    if not isinstance(node, ast.List) or not node.elts:
        return []
    calls = []
    for elt in node.elts:
        if not (isinstance(elt, ast.Call) and isinstance(elt.func, ast.Name) and not elt.args):
            return []
        args = _literal_keywords(elt)
        if args is None:
            return []
        calls.append(ToolCall(elt.func.id, args))
    return calls


def parse_chatml_tool_calls(text: str) -> tuple[str, list[ToolCall]]:
    """Strip `<tool_call>{json}</tool_call>` blocks from `text`; return the rest and the calls."""
    calls = []
    for m in CHATML_TOOL_CALL.finditer(text):
        call = _call_from_dict(_json_object(m["body"].strip()))
        if call is None:
            return text, []  # one malformed block: leave the whole reply as text
        calls.append(call)
    if not calls:
        return text, []
    return CHATML_TOOL_CALL.sub("", text).strip(), calls
