"""Flame-style auto-labeling of non-stationary streams with unknown labels, and a runtime that places
the work on the processors present. Our design after the Flame papers (their algorithm is not public).

    from jackpeer.label import AutoLabeler, LabelConfig
    lab = AutoLabeler(LabelConfig()); lab.fit_seed(X_seed, y_seed)
    for batch in stream: decisions = lab.process(batch); revised = lab.take_revisions()

    from jackpeer.label import UtteranceLabeler
    acts = UtteranceLabeler(); acts.label("can we use scissors")  # -> ("question", 0.9)
"""

from jackpeer.label.config import LabelConfig
from jackpeer.label.features import NetworkFeatures, SignalFeatures, TextFeatures, VectorFeatures
from jackpeer.label.io import Record, label_records, read_records
from jackpeer.label.labeler import AutoLabeler, Decision, Placement
from jackpeer.label.placement import Plan, Runtime
from jackpeer.label.utterance_labeler import UtteranceLabeler

__all__ = ["AutoLabeler", "Decision", "LabelConfig", "NetworkFeatures", "Placement", "Plan", "Record",
           "Runtime", "SignalFeatures", "TextFeatures", "UtteranceLabeler", "VectorFeatures",
           "label_records", "read_records"]
