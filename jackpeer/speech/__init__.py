"""Speech in and out, on this machine: Whisper (faster-whisper) to transcribe, Piper to read aloud.

Both models load on first use; `jackpeer.speech.room_speech` connects them to the web room.
"""
