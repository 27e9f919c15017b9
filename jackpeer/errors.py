"""Errors a user can cause. Each message says what went wrong and what to do."""


class JackError(Exception):
    """Base of every error a user can cause; the CLI prints it without a traceback."""


class ModelFileError(JackError):
    """A checkpoint or tokenizer file is missing, truncated or does not match its config."""


class ConfigError(JackError):
    """A configuration (file, flag or preset name) is invalid."""


class InputError(JackError):
    """Input data (a message, a batch, a file of examples) is malformed or out of bounds."""


class UnsafeContentError(JackError):
    """A message was blocked by the safety screen."""


class AudioInputError(InputError):
    """A recording is empty, corrupt, too long, too large or in a format the room does not read."""


class SpeechUnavailable(JackError):
    """Speech to text or text to speech cannot run here (package or model missing, or it failed to load)."""


class SpeechBusy(JackError):
    """Too many recordings are waiting for the transcriber, or one learner sends them too fast."""


class NoChatFormatError(JackError):
    """The checkpoint has no chat format (a base model): it can complete text but not chat."""
