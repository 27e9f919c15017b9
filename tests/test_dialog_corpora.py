"""Corpus readers on tiny files in each published format; malformed lines name file and line."""

import json

import pytest

from jackpeer.dialog.corpora import (
    load_corpus,
    load_splits,
    make_pairs,
    read_chatterbot,
    read_dailydialog,
    read_jsonl,
    read_personachat,
    read_room_export,
)
from jackpeer.dialog.data import ByteEncoder, collate
from jackpeer.errors import InputError


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_dailydialog_with_acts_and_emotions(tmp_path):
    write(tmp_path / "dialogues_text.txt",
          "Hi , how are you ? __eou__ Fine , thanks . __eou__ Good . __eou__\n"
          "Where is it ? __eou__ Over there . __eou__\n")
    write(tmp_path / "dialogues_act.txt", "2 1 1\n2 1\n")
    write(tmp_path / "dialogues_emotion.txt", "0 4 0\n0 0\n")
    c = read_dailydialog(tmp_path / "dialogues_text.txt")
    assert not c.problems
    assert c.dialogues[0].turns == ["Hi , how are you ?", "Fine , thanks .", "Good ."]
    assert c.dialogues[0].acts == [2, 1, 1] and c.dialogues[0].emotions == [0, 4, 0]
    pairs = make_pairs(c.dialogues, window=1)
    assert [(p.context, p.response) for p in pairs][:2] == [
        (["Hi , how are you ?"], "Fine , thanks ."), (["Fine , thanks ."], "Good .")]
    assert len(pairs) == 3


def test_dailydialog_label_mismatch_names_file_and_line(tmp_path):
    write(tmp_path / "dialogues_train.txt", "A . __eou__ B . __eou__\nC . __eou__ D . __eou__\n")
    write(tmp_path / "dialogues_act_train.txt", "1 1\n1 1 1\n")
    c = read_dailydialog(tmp_path / "dialogues_train.txt")
    assert any("dialogues_act_train.txt:2" in p and "3 labels for 2" in p for p in c.problems)
    with pytest.raises(InputError, match="dialogues_act_train.txt:2"):
        load_corpus(tmp_path / "dialogues_train.txt")


def test_dailydialog_truncated_line(tmp_path):
    write(tmp_path / "dialogues_text.txt", "A . __eou__ B . __eou__\nC . __eou__ D is cut\n")
    c = read_dailydialog(tmp_path / "dialogues_text.txt")
    assert len(c.dialogues) == 1 and "dialogues_text.txt:2" in c.problems[0]


def test_personachat_personas_restart_and_candidates(tmp_path):
    cands = "|".join(f"cand {i}" for i in range(19)) + "|i like dogs ."
    write(tmp_path / "train_self_original.txt",
          "1 your persona: i have a dog .\n"
          "2 your persona: i like tea .\n"
          f"3 hello , how are you ?\ti like dogs .\t\t{cands}\n"
          f"4 what kind ?\ta poodle .\t\t{cands}\n"
          "1 your persona: i am tall .\n"
          "2 hi !\they .\n")
    c = read_personachat(tmp_path / "train_self_original.txt")
    assert not c.problems
    d0, d1 = c.dialogues
    assert d0.persona == ["i have a dog .", "i like tea ."]
    assert d0.turns == ["hello , how are you ?", "i like dogs .", "what kind ?", "a poodle ."]
    assert len(d0.candidates[0]) == 20 and d0.candidates[0][-1] == "i like dogs ."
    assert d1.persona == ["i am tall ."] and d1.turns == ["hi !", "hey ."]
    pairs = make_pairs(c.dialogues, window=5)
    assert [p.response for p in pairs] == ["i like dogs .", "a poodle .", "hey ."]  # only the responder's turns
    assert pairs[1].context == ["hello , how are you ?", "i like dogs .", "what kind ?"]
    assert pairs[0].persona == ["i have a dog .", "i like tea ."]


def test_personachat_malformed_line(tmp_path):
    write(tmp_path / "x.txt", "1 your persona: a .\n2 no tab here\n")
    with pytest.raises(InputError, match="x.txt:2"):
        load_corpus(tmp_path / "x.txt", fmt="personachat")


def test_jsonl_both_shapes_and_bad_line(tmp_path):
    lines = [json.dumps({"context": ["hi", "hello"], "response": "how are you?"}),
             json.dumps({"turns": ["a", {"text": "b"}, "c"]}), "", "{not json", json.dumps({"turns": ["only"]})]
    write(tmp_path / "d.jsonl", "\n".join(lines) + "\n")
    c = read_jsonl(tmp_path / "d.jsonl")
    assert [d.turns for d in c.dialogues] == [["hi", "hello", "how are you?"], ["a", "b", "c"]]
    assert [p.response for p in make_pairs(c.dialogues)] == ["how are you?", "b", "c"]
    assert len(c.problems) == 2 and "d.jsonl:4" in c.problems[0] and "d.jsonl:5" in c.problems[1]


def test_chatterbot_yaml_and_bundled_corpus(tmp_path):
    write(tmp_path / "talk.yml", "categories:\n- talk\nconversations:\n- - Hello\n  - Hi there\n- just a string\n")
    c = read_chatterbot(tmp_path / "talk.yml")
    assert c.dialogues[0].turns == ["Hello", "Hi there"]
    assert c.problems == [f"{tmp_path / 'talk.yml'}:6: a conversation must be a list of at least two utterances"]
    bundled = load_corpus(strict=False)
    assert len(bundled.dialogues) > 1000
    with pytest.raises(InputError, match="trivia.yml"):  # the bundled corpus has one malformed entry
        load_corpus()


def test_room_export_merges_consecutive_author_messages(tmp_path):
    msgs = [{"author": "ana", "text": "hi", "ts": 1}, {"author": "ana", "text": "anyone?"},
            {"author": "jack", "text": "hello ana"}, {"author": "ben"}]
    write(tmp_path / "room.json", json.dumps(msgs))
    c = read_room_export(tmp_path / "room.json")
    assert c.dialogues[0].turns == ["hi\nanyone?", "hello ana"]
    assert c.problems and "message #3" in c.problems[0]


def test_room_export_object_skips_blocked_messages(tmp_path):
    export = {"room": {"id": "r1"}, "members": [], "messages": [
        {"seq": 1, "author": "ana", "author_kind": "human", "text": "hi all", "blocked": 0},
        {"seq": 2, "author": "ben", "author_kind": "human", "text": "something unsafe", "blocked": 1},
        {"seq": 3, "author": "Jack", "author_kind": "agent", "text": "hello ana", "blocked": 0}]}
    write(tmp_path / "room-r1.json", json.dumps(export))
    c = load_corpus(tmp_path / "room-r1.json")
    assert c.dialogues[0].turns == ["hi all", "hello ana"]


def test_splits_and_encoding(tmp_path):
    lines = [json.dumps({"turns": [f"q{i}", f"a{i}"]}) for i in range(40)]
    write(tmp_path / "d.jsonl", "\n".join(lines))
    splits, problems = load_splits(tmp_path / "d.jsonl", seed=1)
    assert not problems and sum(len(v) for v in splits.values()) == 40 and len(splits["test"]) == 2
    enc = ByteEncoder(max_context=8, max_response=3)
    ex = enc.encode(make_pairs(splits["train"])[0])
    assert ex.ids[ex.resp_start - 1] == enc.tok.sep_id and ex.ids[-1] == enc.eos_id
    batch = collate([ex, enc.encode(make_pairs(splits["train"])[1])], enc.pad_id)
    assert batch.targets[0][batch.tmask[0]].tolist() == ex.ids[ex.resp_start :]


def test_personachat_provided_splits(tmp_path):
    for split in ("train", "valid"):
        write(tmp_path / f"{split}_self_original.txt", "1 your persona: a .\n2 hi\tho\n")
    splits, _ = load_splits(tmp_path / "train_self_original.txt")
    assert set(splits) == {"train", "valid", "test"} and splits["test"] == splits["valid"]


def test_dailydialog_official_split_folders(tmp_path):
    for split, n in (("train", 4), ("validation", 2), ("test", 3)):
        (tmp_path / split).mkdir()
        write(tmp_path / split / f"dialogues_{split}.txt", "Hi . __eou__ Hello . __eou__\n" * n)
        write(tmp_path / split / f"dialogues_act_{split}.txt", "2 1\n" * n)
        write(tmp_path / split / f"dialogues_emotion_{split}.txt", "0 0\n" * n)
    splits, problems = load_splits(tmp_path)
    assert not problems
    assert {k: len(v) for k, v in splits.items()} == {"train": 4, "valid": 2, "test": 3}
    assert splits["test"][0].acts == [2, 1]
