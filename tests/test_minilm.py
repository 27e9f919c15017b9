"""The bundled MiniLM is loaded once per process, also when two threads ask for it at the same moment."""

import threading

from jackpeer import minilm


def test_two_threads_loading_at_once_share_one_copy():
    minilm._LOADED.clear()
    got, errors = [], []

    def load():
        try:
            got.append(minilm.load_minilm())
        except Exception as e:  # noqa: BLE001 - the failure this test is about was an ImportError in a thread
            errors.append(e)

    threads = [threading.Thread(target=load) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(got) == 3 and all(tok is got[0][0] and model is got[0][1] for tok, model in got)
    assert not got[0][1].training
