"""jackpeer.model.gguf_file reads a GGUF file as the gguf package's reader does, in a fraction of the time."""

import numpy as np
from gguf import GGUFReader

from jackpeer.model.gguf_file import GGUFFile
from jackpeer.model.loading import default_model_path


def test_the_bundled_model_reads_as_the_gguf_package_reads_it():
    path = default_model_path()
    ours, theirs = GGUFFile(path), GGUFReader(path)
    metadata = {k: f.contents() for k, f in theirs.fields.items() if not k.startswith("GGUF.")}
    assert ours.metadata == metadata
    assert len(ours.metadata["tokenizer.ggml.tokens"]) == 49152
    assert len(ours.tensors) == len(theirs.tensors)
    for mine, ref in zip(ours.tensors, theirs.tensors, strict=True):
        assert (mine.name, mine.tensor_type, mine.shape) == (ref.name, ref.tensor_type, tuple(int(d) for d in ref.shape))
        assert (mine.data_offset, mine.n_bytes) == (ref.data_offset, ref.n_bytes)
        assert mine.data.dtype == ref.data.dtype and mine.data.shape == ref.data.shape
        assert np.array_equal(mine.data, ref.data), mine.name
