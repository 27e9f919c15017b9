// Speech on the room page: the talk button (MediaRecorder -> POST /api/rooms/ID/talk), the read-aloud
// switch (Jack's sentences arrive as WAV over the socket and play in order), the facilitator's
// keep-recordings switch. room.html's script calls jackSpeech.handle(d) for every socket message.
"use strict";
const jackSpeech = (() => {
  const HOLD_MS = 400;  // pressed longer than this: hold-to-talk (release sends); shorter: tap to start, tap to stop
  let recorder = null, micStream = null, downAt = 0, autoStop = null, maxClipS = 30, talkId = 0;
  let ctx = null, playAt = 0, chain = Promise.resolve();
  const stopped = new Set(), sources = {};
  const heard = [];  // every sentence decoded: {stream_id, index, text, duration} (tests read it)

  const btn = () => document.getElementById("talk-btn");
  const why = (text) => { document.getElementById("speech-why").textContent = text || ""; };

  function showState(d) {
    maxClipS = d.max_clip_s || maxClipS;
    btn().classList.toggle("hidden", !d.talk.available);
    document.getElementById("read-aloud-row").classList.toggle("hidden", !d.read_aloud.available);
    const off = [];
    if (!d.talk.available) off.push("Talk button off: " + d.talk.why + ".");
    if (!d.read_aloud.available) off.push("Read-aloud off: " + d.read_aloud.why + ".");
    why(off.join(" "));
    document.getElementById("keep-audio").checked = !!d.keep_audio;
    if (d.read_aloud_on !== undefined) document.getElementById("read-aloud").checked = d.read_aloud_on;
    document.getElementById("keep-audio-row").classList.toggle("hidden", !isFac);
    document.getElementById("recording-kept").classList.toggle("hidden", !d.keep_audio);
  }

  async function start() {
    if (recorder) return;
    try {
      micStream = await navigator.mediaDevices.getUserMedia({audio: true});
    } catch (e) {
      $("send-error").textContent = "The microphone could not be used (" + e.message + "). Type your message instead.";
      return;
    }
    const chunks = [];
    recorder = new MediaRecorder(micStream);
    recorder.ondataavailable = (e) => { if (e.data.size) chunks.push(e.data); };
    recorder.onstop = () => upload(new Blob(chunks, {type: recorder.mimeType || "audio/webm"}));
    recorder.start();
    btn().textContent = "● Recording… (release, or tap again, to send)";
    btn().classList.add("recording");
    autoStop = setTimeout(stop, (maxClipS - 0.5) * 1000);  // the server refuses longer clips; keep a margin
  }

  function stop() {
    clearTimeout(autoStop);
    if (recorder && recorder.state === "recording") recorder.stop();
    if (micStream) micStream.getTracks().forEach((t) => t.stop());
    micStream = null;
  }

  async function upload(blob) {
    recorder = null;
    btn().classList.remove("recording");
    btn().textContent = "Listening to what you said…";
    btn().disabled = true;
    $("send-error").textContent = "";
    try {
      const r = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/talk?key=${encodeURIComponent(key)}&client_id=talk-${pageId}-${++talkId}`,
                            {method: "POST", headers: {"Content-Type": blob.type}, body: blob});
      const d = await r.json().catch(() => ({error: "The server sent an unreadable answer."}));
      if (!r.ok) $("send-error").textContent = d.error || ("The recording was not sent (HTTP " + r.status + ").");
      else if (d.code === "not_understood") $("log").appendChild(el("div", "msg notice", d.why));
      else {
        for (const reply of d.replies || []) if (reply.type === "notice" || reply.type === "error") handle(reply);
        // refused as a message (too long, too fast): keep the words so the child can fix and send them
        if (!d.posted && d.code && d.transcript) $("msg-input").value = d.transcript;
      }
    } catch (e) {
      $("send-error").textContent = "The recording could not be sent: " + e.message;
    } finally {
      btn().disabled = false;
      btn().textContent = "🎤 Talk";
    }
  }

  function press(e) {
    e.preventDefault();
    if (recorder) { stop(); return; }  // the second tap of tap-to-talk
    downAt = Date.now();
    start();
  }
  function release() {
    if (recorder && Date.now() - downAt > HOLD_MS) stop();  // a hold ends when released
  }

  function audioContext() {
    ctx = ctx || new AudioContext();
    if (ctx.state === "suspended") ctx.resume();
    return ctx;
  }

  async function play(d) {
    if (stopped.has(d.stream_id)) return;
    const c = audioContext();
    const bytes = Uint8Array.from(atob(d.audio), (ch) => ch.charCodeAt(0));
    let buf;
    try { buf = await c.decodeAudioData(bytes.buffer); }
    catch (e) { why("A sentence could not be played: " + e.message); return; }
    heard.push({stream_id: d.stream_id, index: d.index, text: d.text, duration: buf.duration});
    if (stopped.has(d.stream_id)) return;
    const src = c.createBufferSource();
    src.buffer = buf;
    src.connect(c.destination);
    playAt = Math.max(playAt, c.currentTime);
    src.start(playAt);
    playAt += buf.duration;
    (sources[d.stream_id] = sources[d.stream_id] || []).push(src);
  }

  function silence(streamId) {
    stopped.add(streamId);
    for (const src of sources[streamId] || []) { try { src.stop(); } catch (e) { /* already ended */ } }
    delete sources[streamId];
    if (ctx) playAt = ctx.currentTime;
  }

  function setup() {
    btn().addEventListener("pointerdown", press);
    btn().addEventListener("pointerup", release);
    btn().addEventListener("pointerleave", release);
    document.getElementById("read-aloud").addEventListener("change", (e) => {
      if (e.target.checked) audioContext();  // created in the click, so the browser lets it play
      send({type: "read_aloud", on: e.target.checked});
    });
    document.getElementById("keep-audio").addEventListener("change", (e) => send({type: "keep_audio", on: e.target.checked}));
  }

  // Returns true when the message was speech's own.
  function handle(d) {
    switch (d.type) {
      case "speech": showState(d); return true;
      case "read_aloud":
        document.getElementById("read-aloud").checked = d.on;
        if (d.why) why("Read-aloud off: " + d.why + ".");
        return true;
      case "speech_audio": chain = chain.then(() => play(d)); return true;
      case "speech_stop": silence(d.stream_id); return true;
      case "speech_end": return true;
      case "speech_error": why(d.text); return true;
      case "stream_drop": silence(d.id); return false;  // the page removes the text too
      default: return false;
    }
  }

  return {setup, handle, heard};
})();
