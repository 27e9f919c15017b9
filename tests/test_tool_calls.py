"""Tool-call parsers: each format, and malformed calls that must stay plain text without raising."""

import random

import pytest

from jackpeer.model.chat_format import ChatMLFormat, Llama3ChatFormat
from jackpeer.model.tokenizer import GGUFTokenizer
from jackpeer.model.tool_calls import (
    ToolCall,
    parse_builtin_call,
    parse_chatml_tool_calls,
    parse_function_tags,
    parse_json_calls,
    parse_pythonic,
)


def test_builtin_calls():
    assert parse_builtin_call('brave_search.call(query="current weather in Menlo Park")') == [
        ToolCall("brave_search", {"query": "current weather in Menlo Park"})
    ]
    assert parse_builtin_call("wolfram_alpha.call(query='solve x^2 = 4')") == [
        ToolCall("wolfram_alpha", {"query": "solve x^2 = 4"})
    ]
    # Meta's forgiving regex still finds a call inside extra text.
    assert parse_builtin_call('ok: brave_search.call(query="a b") trailing') == [ToolCall("brave_search", {"query": "a b"})]
    assert parse_builtin_call("print('hello')") == []
    assert parse_builtin_call("brave_search.call(query=x)") == []


def test_json_calls():
    assert parse_json_calls(' {"name": "f", "parameters": {"x": [1, 2]}} ') == [ToolCall("f", {"x": [1, 2]})]
    assert parse_json_calls('{"name": "f", "arguments": "{\\"x\\": 1}"}') == [ToolCall("f", {"x": 1})]
    assert parse_json_calls('{"name": "f"}') == [ToolCall("f", {})]
    assert parse_json_calls('[{"name": "a", "parameters": {}}, {"name": "b", "parameters": {"y": 2}}]') == [
        ToolCall("a", {}),
        ToolCall("b", {"y": 2}),
    ]
    assert parse_json_calls('{"name": "a", "parameters": {}}; {"name": "b", "parameters": {}}') == [
        ToolCall("a", {}),
        ToolCall("b", {}),
    ]
    for bad in ['{"name": 3}', '{"parameters": {}}', '{"name": "f", "parameters": [1]}', "{", "hello", "",
                '{"name": "f", "arguments": "not json"}', '{"name": "f", "parameters": {}} and more']:
        assert parse_json_calls(bad) == [], bad


def test_function_tags():
    assert parse_function_tags('<function=get_time>{"tz": "UTC"}</function>') == [ToolCall("get_time", {"tz": "UTC"})]
    nested = '<function=f>{"a": {"b": {"c": 1}}}</function>'
    assert parse_function_tags(nested) == [ToolCall("f", {"a": {"b": {"c": 1}}})]
    assert parse_function_tags("<function=f>{oops}</function>") == []
    assert parse_function_tags("<function=f>{}") == []


def test_pythonic_lists():
    assert parse_pythonic("[get_weather(city='Oslo', days=3), now()]") == [
        ToolCall("get_weather", {"city": "Oslo", "days": 3}),
        ToolCall("now", {}),
    ]
    assert parse_pythonic("[f(x={'a': (1, 2)}, y=None, z=-1.5)]") == [ToolCall("f", {"x": {"a": (1, 2)}, "y": None, "z": -1.5})]
    for bad in ["[f(1)]", "[f(**k)]", "[a.b(c=1)]", "[1, 2]", "[]", "[f(a=g())]", "f(a=1)", "[f(a=1)"]:
        assert parse_pythonic(bad) == [], bad


def test_chatml_tool_call_blocks():
    text = 'Let me look.\n<tool_call>\n{"name": "search", "arguments": {"q": "bees"}}\n</tool_call>'
    assert parse_chatml_tool_calls(text) == ("Let me look.", [ToolCall("search", {"q": "bees"})])
    bad = 'x <tool_call>{"name": "search", "arguments": }</tool_call>'
    assert parse_chatml_tool_calls(bad) == (bad, [])
    assert parse_chatml_tool_calls("no calls here") == ("no calls here", [])


@pytest.fixture(scope="module")
def formats():
    tokens = [chr(c) for c in range(33, 127)] + ["<|im_start|>", "<|im_end|>", "<|start_header_id|>",
                                                  "<|end_header_id|>", "<|eot_id|>", "<|python_tag|>"]
    tok = GGUFTokenizer(tokens, [], [1] * 94 + [3] * 6, eos_id=95, source="mini.gguf")
    return [ChatMLFormat(tok), Llama3ChatFormat(tok)]


def test_parse_reply_never_raises_on_garbage(formats):
    rng = random.Random(7)
    alphabet = list('{}[]()"\',:=<>|/._ \nabcfnx0123') + ["<|python_tag|>", "<tool_call>", "</tool_call>",
                                                         "<function=", "</function>", ".call(query=", '"name"']
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for fmt in formats:
            reply = fmt.parse_reply(text)
            assert isinstance(reply.content, str)
            assert all(isinstance(c.name, str) and isinstance(c.arguments, dict) for c in reply.tool_calls)
    deep = "[" * 5000 + "]" * 5000
    for fmt in formats:
        assert fmt.parse_reply(deep).tool_calls == []
