"""Llama3ChatFormat: the spec's verified prompt ids, the 3.1 system/date/tools layout, tool-call round trips."""

import base64
import os

import pytest
from test_tokenizer_llama3 import read_quicktok_vocab

from jackpeer.errors import NoChatFormatError
from jackpeer.model.chat_format import (
    ChatMLFormat,
    ChatReply,
    Llama3ChatFormat,
    NoChatFormat,
    ToolCall,
    chat_format_for,
)
from jackpeer.model.tokenizer import GGUFTokenizer, Llama3Tokenizer

SPECIAL = ("<|begin_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>", "<|eom_id|>", "<|python_tag|>")


@pytest.fixture(scope="module")
def tok(tmp_path_factory) -> Llama3Tokenizer:
    import quicktok

    ranks = read_quicktok_vocab(os.path.join(os.path.dirname(quicktok.__file__), "data", "llama3.vocab"))
    path = tmp_path_factory.mktemp("llama3") / "tokenizer.model"
    path.write_text("".join(base64.b64encode(t).decode() + f" {r}\n" for t, r in ranks.items()))
    return Llama3Tokenizer(str(path))


def reference_ids(tok: Llama3Tokenizer, text: str) -> list[int]:
    """Tokenize a rendered prompt the way HF does: split at special-token names, encode the rest."""
    import quicktok
    import regex

    enc = quicktok.get_encoding("llama3")
    ids = []
    for part in regex.split("(" + "|".join(regex.escape(s) for s in SPECIAL) + ")", text):
        if part in SPECIAL:
            ids.append(tok.special_id(part))
        elif part:
            ids.extend(enc.encode_ordinary(part))
    return ids


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather for a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
]


def test_spec_chat_prompt_for_hi(tok):
    fmt = chat_format_for(tok, {})
    assert isinstance(fmt, Llama3ChatFormat)
    assert fmt.encode_dialog([{"role": "user", "content": "Hi"}]) == [
        128000, 128006, 882, 128007, 271, 13347, 128009, 128006, 78191, 128007, 271,
    ]
    assert fmt.stop_ids == {128001, 128008, 128009}


def test_system_message_with_date_header_and_trimmed_content(tok):
    fmt = Llama3ChatFormat(tok, date="26 Jul 2024")
    dialog = [
        {"role": "system", "content": " You are Jack, a peer in the group.\n"},
        {"role": "user", "content": "  How do plants drink?  "},
        {"role": "assistant", "content": "Through their roots."},
        {"role": "user", "content": "Cool!"},
    ]
    text = fmt.render(dialog)
    assert text == (
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n"
        "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n"
        "You are Jack, a peer in the group.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nHow do plants drink?<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nThrough their roots.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nCool!<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
    )
    assert fmt.encode_dialog(dialog) == reference_ids(tok, text)
    assert fmt.render(dialog, add_generation_prompt=False) == text.removesuffix(
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
    )


def test_custom_tools_in_system_prompt_and_round_trip(tok):
    fmt = Llama3ChatFormat(tok, date="21 September 2024")
    dialog = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Weather in Oslo?"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'}}
        ]},
        {"role": "tool", "tool_call_id": "1", "content": '{"temp_c": 4}'},
    ]
    text = fmt.render(dialog, tools=TOOLS)
    system = text.split("<|eot_id|>")[0]
    assert system.startswith(
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nEnvironment: ipython\n"
        "Cutting Knowledge Date: December 2023\nToday Date: 21 September 2024\n\n"
        "You have access to the following functions."
    )
    assert '{"name": function name, "parameters": dictionary of argument name and its value}' in system
    assert '    "type": "function",\n    "function": {\n        "name": "get_weather",' in system
    assert system.endswith("\n\nBe brief.")
    assert (
        '<|start_header_id|>assistant<|end_header_id|>\n\n<|python_tag|>{"name": "get_weather", '
        '"parameters": {"city": "Oslo"}}<|eom_id|>'
        '<|start_header_id|>ipython<|end_header_id|>\n\n{"temp_c": 4}<|eot_id|>'
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
    ) in text
    assert fmt.encode_dialog(dialog, tools=TOOLS) == reference_ids(tok, text)
    # What the model would have said parses back to the same call.
    reply = fmt.parse_reply('<|python_tag|>{"name": "get_weather", "parameters": {"city": "Oslo"}}<|eom_id|>')
    assert reply == ChatReply("", [ToolCall("get_weather", {"city": "Oslo"})])


def test_builtin_tools(tok):
    fmt = Llama3ChatFormat(tok, date="21 September 2024", builtin_tools=["brave_search", "wolfram_alpha"])
    dialog = [
        {"role": "user", "content": "Who won the match?"},
        {"role": "assistant", "tool_calls": [{"function": {"name": "brave_search", "arguments": {"query": "match"}}}]},
        {"role": "ipython", "content": '{"result": "Team A"}'},
    ]
    text = fmt.render(dialog)
    assert text.startswith(
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nEnvironment: ipython\n"
        "Tools: brave_search, wolfram_alpha\n\nCutting Knowledge Date: December 2023\n"
    )
    assert '<|python_tag|>brave_search.call(query="match")<|eom_id|>' in text
    reply = fmt.parse_reply('<|python_tag|>brave_search.call(query="who won the match")')
    assert reply.tool_calls == [ToolCall("brave_search", {"query": "who won the match"})]


def test_parse_reply_formats(tok):
    fmt = Llama3ChatFormat(tok)
    assert fmt.parse_reply("Paris is the capital.<|eot_id|>") == ChatReply("Paris is the capital.", [])
    assert fmt.parse_reply('{"type": "function", "name": "f", "parameters": {"a": 1}}').tool_calls == [
        ToolCall("f", {"a": 1})
    ]
    assert fmt.parse_reply('Sure. <function=spotify>{"q": "jazz"}</function>') == ChatReply(
        "Sure.", [ToolCall("spotify", {"q": "jazz"})]
    )
    assert fmt.parse_reply("[f(a=1, b='x'), g(c=[1, 2])]").tool_calls == [
        ToolCall("f", {"a": 1, "b": "x"}),
        ToolCall("g", {"c": [1, 2]}),
    ]
    code = fmt.parse_reply("<|python_tag|>print(2 + 2)<|eom_id|>")
    assert code.tool_calls == [ToolCall("code_interpreter", {"code": "print(2 + 2)"})]
    for text in ['{"name": "f", "parameters": {', "[f(a=open('x').read())]", "<function=f>{bad}</function>"]:
        assert fmt.parse_reply(text) == ChatReply(text, [])


def test_chat_format_for_needs_known_tokens():
    tokens = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    plain = GGUFTokenizer(tokens, [], eos_id=0, source="plain.gguf")
    fmt = chat_format_for(plain, {}, "plain.gguf")
    assert isinstance(fmt, NoChatFormat) and not fmt.has_chat and fmt.stop_ids == {0}
    for call in (fmt.encode_dialog, fmt.render):
        with pytest.raises(NoChatFormatError, match="plain.gguf has no chat format.*jack generate"):
            call([{"role": "user", "content": "hi"}])
    assert fmt.parse_reply("a b") == ChatReply("a b", [])
    chatml = GGUFTokenizer([*tokens, "<|im_start|>", "<|im_end|>"], [], [1] * 26 + [3, 3], eos_id=27)
    assert isinstance(chat_format_for(chatml, {"tokenizer.chat_template": None}), ChatMLFormat)


def test_llama31_template_turns_on_the_date_header(tok):
    import time

    template = '{{- "Cutting Knowledge Date: December 2023\\n" }}{{- "<|start_header_id|>" }}'
    fmt = chat_format_for(tok, {"tokenizer.chat_template": template})
    assert fmt.date == time.strftime("%d %b %Y")
    assert fmt.render([{"role": "user", "content": "Hi"}]).startswith(
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nCutting Knowledge Date: December 2023\n"
    )
