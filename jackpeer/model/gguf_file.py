"""A GGUF file read from its header (spec llama3.md §5): metadata as Python values, and each tensor's type, shape
and bytes, memory-mapped.

The gguf package's reader builds a numpy view for every element of every metadata array: for the bundled model's
tokenizer (49,152 tokens, 48,900 merges) that took 4 s of a room's start on two cores. Here strings are read with
struct and number arrays with one numpy call, in a few milliseconds. Layout (GGUF v2 and v3, little-endian): magic,
version, tensor and key counts; the key/value pairs; one description per tensor (name, dims, type, offset); then the
tensor data from the next multiple of general.alignment (32 unless set).
"""

import mmap
import os
import struct
from dataclasses import dataclass

import numpy as np
from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

# GGUF value types: struct formats of the scalars; 8 is a string, 9 an array.
_SCALARS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9
# Tensor types held as numbers; every other type is blocks of bytes, one row of them per row of the tensor.
_NUMBERS = {
    GGMLQuantizationType.F32: np.float32, GGMLQuantizationType.F16: np.float16, GGMLQuantizationType.F64: np.float64,
    GGMLQuantizationType.I8: np.int8, GGMLQuantizationType.I16: np.int16, GGMLQuantizationType.I32: np.int32,
    GGMLQuantizationType.I64: np.int64,
}


class NotGGUF(ValueError):
    """The file does not start with GGUF's magic bytes."""


class TruncatedGGUF(ValueError):
    """The file ends before a tensor's bytes do."""


@dataclass(frozen=True)
class GGUFTensor:
    """One tensor: shape in GGUF order (fastest-varying first); data typed for number types, else uint8
    [rows..., bytes per row], as the gguf package's dequantize() takes it."""

    name: str
    tensor_type: GGMLQuantizationType
    shape: tuple[int, ...]
    n_bytes: int
    data_offset: int
    data: np.ndarray


class GGUFFile:
    """The metadata (key -> int, float, bool, str or list) and tensors of a GGUF file. Raises ValueError, KeyError,
    struct or Unicode errors on a header it cannot read, NotGGUF on another kind of file and TruncatedGGUF on a file
    shorter than its tensors need."""

    def __init__(self, path: str | os.PathLike):
        self.path = str(path)
        with open(path, "rb") as f:
            if f.read(4) != b"GGUF":  # an empty file too, which mmap refuses
                raise NotGGUF("not a GGUF file (the first bytes are not 'GGUF')")
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        self._pos = 4
        version = self._scalar("I")
        if version not in (2, 3):
            raise ValueError(f"GGUF version {version} (read little-endian) is not supported; versions 2 and 3 are")
        n_tensors, n_keys = self._scalar("Q"), self._scalar("Q")
        self.metadata: dict[str, object] = {}
        for _ in range(n_keys):
            key = self._string()
            self.metadata[key] = self._value(self._scalar("I"))
        described = [self._tensor_description() for _ in range(n_tensors)]
        align = int(self.metadata.get("general.alignment", 32))
        start = -(-self._pos // align) * align
        data = np.frombuffer(self._map, dtype=np.uint8)
        self.tensors: list[GGUFTensor] = []
        for name, dims, kind, offset in described:
            block, size = GGML_QUANT_SIZES[kind]
            count = int(np.prod(dims))
            n_bytes, begin = count * size // block, start + offset
            if begin + n_bytes > len(data):
                raise TruncatedGGUF(f"truncated: tensor {name!r} needs bytes up to {begin + n_bytes:,} but the file has "
                                 f"{len(data):,}")
            rows = tuple(reversed(dims))
            raw = data[begin : begin + n_bytes]
            if kind in _NUMBERS:
                view = raw.view(_NUMBERS[kind]).reshape(rows)
            else:
                view = raw.reshape(*rows[:-1], rows[-1] // block * size)
            self.tensors.append(GGUFTensor(name, kind, dims, n_bytes, begin, view))

    def _scalar(self, fmt: str):
        (value,) = struct.unpack_from("<" + fmt, self._map, self._pos)
        self._pos += struct.calcsize(fmt)
        return value

    def _string(self) -> str:
        n = self._scalar("Q")
        text = bytes(self._map[self._pos : self._pos + n]).decode("utf-8")
        self._pos += n
        return text

    def _value(self, kind: int):
        if kind in _SCALARS:
            return self._scalar(_SCALARS[kind])
        if kind == _STRING:
            return self._string()
        if kind != _ARRAY:
            raise ValueError(f"unknown metadata value type {kind}")
        item, n = self._scalar("I"), self._scalar("Q")
        if item in _SCALARS:  # numbers: one read for the whole array
            fmt = "<" + _SCALARS[item]
            values = np.frombuffer(self._map, dtype=np.dtype(fmt), count=n, offset=self._pos).tolist()
            self._pos += n * struct.calcsize(fmt)
            return values
        return [self._value(item) for _ in range(n)]

    def _tensor_description(self) -> tuple[str, tuple[int, ...], GGMLQuantizationType, int]:
        name = self._string()
        dims = tuple(self._scalar("Q") for _ in range(self._scalar("I")))
        return name, dims, GGMLQuantizationType(self._scalar("I")), self._scalar("Q")

