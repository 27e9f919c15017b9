"""Deterministic, varied strings for the tokenizer parity tests, and a check of their variety."""

import random

FRAGMENTS = {
    "english": [
        "Hello, world!", "The capital of France is Paris.", "I'm here", "they'll", "we've", "you'd", "It's",
        "DON'T", "Ain't", "o'clock", "rock'n'roll", "state-of-the-art", "e.g.", "U.S.A.", "Mr. Smith",
        "quick brown fox", "jumps over", "the lazy dog", "supercalifragilisticexpialidocious",
    ],
    "code": [
        "def f(x):\n    return x ** 2\n", "for (int i = 0; i < n; ++i) {", "}\n", "if x != None:",
        "print(f\"{a!r}\")", "#include <stdio.h>", "SELECT * FROM t WHERE id=42;", "x+=1", "a->b",
        "lambda: None", "std::vector<int>", "$HOME/.bashrc", "<div class=\"a\">", "</div>", "0x1F600",
        "\t\treturn;", "// comment", "/* block */", "a_b_c", "camelCaseName", "__init__", "```python",
    ],
    "numbers": [
        "1234567", " 1234", "3.14159", "1,000,000", "-42", "+7", "2024-11-27", "12:30:45", "1e-5",
        "007", "99%", "$19.99", "١٢٣", "½", "²³", "Ⅻ", "0", "00000000", "123 456 789",
    ],
    "emoji": ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "❤️", "🔥🔥", "✨", "🤖 robot", "☕️", "🎉🎊"],
    "cjk": ["世界", "你好，世界！", "日本語のテキスト", "こんにちは", "한국어 문장입니다", "漢字かなカナ", "中文。", "㍻"],
    "scripts": [
        "Привет, мир", "Γειά σου Κόσμε", "مرحبا بالعالم", "שלום עולם", "नमस्ते दुनिया", "สวัสดีชาวโลก",
        "Ελληνικά", "café naïve résumé", "Straße", "ﬁ ligature", "e\u0301", "Ångström", "Zürich", "İstanbul",
        "ǅ", "ß", "Ⓐ", "ｆｕｌｌｗｉｄｔｈ",
    ],
    "whitespace": [" ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", " \n ", "\u00a0", "\u3000", "    \n\n   ", "\x0b", "\f"],
    "specials": ["<|begin_of_text|>", "<|eot_id|>", "<|im_start|>", "<|im_end|>", "<|endoftext|>", "<s>", "[INST]"],
    "punct": ["...", "!!!", "?!", "—", "–", "«»", "“quoted”", "'single'", "@user", "#tag", "&amp;", "~~", "|", "\\"],
}


def tokenizer_strings(n: int = 600, seed: int = 1234) -> list[str]:
    """`n` strings: every fragment on its own, then random mixes of fragments from several pools."""
    rng = random.Random(seed)
    out = [f for pool in FRAGMENTS.values() for f in pool]
    pools = list(FRAGMENTS.values())
    seps = ["", " ", "  ", "\n", "\t", " \n", "   "]
    while len(out) < n:
        k = rng.randint(2, 8)
        parts = [rng.choice(rng.choice(pools)) for _ in range(k)]
        text = parts[0]
        for p in parts[1:]:
            text += rng.choice(seps) + p
        if rng.random() < 0.2:  # random code points, including astral ones
            text += "".join(chr(rng.choice([rng.randint(0x20, 0x2FF), rng.randint(0x4E00, 0x9FFF),
                                             rng.randint(0x1F300, 0x1FAFF)])) for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.1:
            text = " " * rng.randint(1, 40) + text + " " * rng.randint(0, 40)
        out.append(text)
    return out[:n]


def test_strings_are_many_varied_and_deterministic():
    strings = tokenizer_strings()
    assert len(set(strings)) >= 500
    assert strings == tokenizer_strings()
    assert any("\n" in s for s in strings) and any(ord(c) > 0xFFFF for s in strings for c in s)
