// The host's C# classes are compiled by import-host-assembly.ps1 (Add-Type, cached as a DLL). They are
// C# because PowerShell scriptblocks used as DataAdding handlers are marshalled back to the host's own
// thread: measured at ~20 ms per record (10,000 lines took 204 s). The stream handlers, the job's
// PSHost and its output formatter run synchronously on the runbook's pipeline thread.
using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace Baton.PwshHost
{
    /// <summary>
    /// The protocol channel: fd 3, a socket pair that Node opens for us. Spec and control lines come in,
    /// JSON records go out. Console stdout/stderr stay free for whatever the runbook prints.
    /// </summary>
    public sealed class Channel
    {
        private readonly StreamReader _reader;
        private readonly Stream _out;
        private readonly Utf8JsonWriter _json;
        private readonly object _lock = new object();
        private long _seq;
        private ConcurrentQueue<string> _secrets;
        private volatile bool _stopRequested;
        private volatile bool _closed;
        private volatile Action<DebugRequest> _debugSink;
        private volatile RecordQueue _wakeOnControl;
        // A shared host's next jobs arrive as "job" control lines (the first spec is read by ReadLine).
        private readonly BlockingCollection<string> _jobs = new BlockingCollection<string>();

        // Two FileStreams over one fd: a socket reads and writes independently, FileStream does not.
        public Channel(int fd)
            : this(new FileStream(new SafeFileHandle((IntPtr)fd, false), FileAccess.Read, 1),
                   new FileStream(new SafeFileHandle((IntPtr)fd, false), FileAccess.Write, 1))
        {
        }

        /// <summary>
        /// A channel that reads nothing and discards what is written: the pooled host's warm-up job runs
        /// the real record path through it, so the first real record does not pay for JIT compilation.
        /// </summary>
        public static Channel Discarding() { return new Channel(Stream.Null, Stream.Null); }

        private Channel(Stream readStream, Stream writeStream)
        {
            _reader = new StreamReader(readStream, new UTF8Encoding(false), false, 65536);
            _out = new BufferedStream(writeStream, 1 << 16);
            // Relaxed escaping keeps non-ASCII text as UTF-8; the consumer is JSON.parse, not HTML.
            _json = new Utf8JsonWriter(_out, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        public string ReadLine() { return _reader.ReadLine(); }

        /// <summary>
        /// Tells the worker this host has opened a runspace and waits for a spec; workingSet (bytes) is
        /// what a shared host's memory ceiling is checked against.
        /// </summary>
        public void WriteReady(long workingSet)
        {
            lock (_lock)
            {
                var line = Encoding.UTF8.GetBytes("{\"v\":1,\"type\":\"ready\",\"data\":{\"workingSet\":" + workingSet.ToString(CultureInfo.InvariantCulture) + "}}\n");
                _out.Write(line, 0, line.Length);
                _out.Flush();
            }
        }

        /// <summary>
        /// A shared host's next job line ({"type":"job","spec":{...}}), or null once the worker closed the
        /// channel: that is how it retires the host.
        /// </summary>
        public string ReadNextJob()
        {
            try { return _jobs.Take(); }
            catch (InvalidOperationException) { return null; }
        }

        /// <summary>The worker asked the job to stop (or the debugger's client did, while it ran).</summary>
        public bool StopRequested { get { return _stopRequested; } }

        /// <summary>Stops the job as the worker's stop line does: host.ps1 then stops its pipeline.</summary>
        internal void RequestStop() { _stopRequested = true; }

        /// <summary>The worker closed the channel (it is gone), or reading it failed.</summary>
        public bool IsClosed { get { return _closed; } }

        /// <summary>
        /// The queue the automation module fills with every secret it hands to the runbook. Each write
        /// empties it into a "secret" line first, under the same lock, so the worker learns a secret
        /// before any record that could contain it: the module enqueues a value before the runbook can
        /// see it, so a record holding it is written after it was enqueued (lib/automation/README.md).
        /// </summary>
        public void SetSecretSink(ConcurrentQueue<string> secrets) { _secrets = secrets; }

        /// <summary>
        /// Where "debugger" control lines go (JobDebugger, for a job whose spec has `debug`), and the stop
        /// line too, so that a runbook paused in the debugger is released. Without one the channel
        /// refuses every debug command itself: nothing else runs for a job that is not being debugged.
        /// </summary>
        public Action<DebugRequest> DebugSink { set { _debugSink = value; } }

        /// <summary>
        /// The running job's record queue, woken when a stop arrives or the channel closes: the host
        /// thread waits on that queue rather than polling these flags, so a job that writes nothing (a
        /// sleeping runbook) costs its host no CPU, and a stop still takes effect at once.
        /// </summary>
        public RecordQueue WakeOnControl { get { return _wakeOnControl; } set { _wakeOnControl = value; } }

        /// <summary>A debugger event (lib/debug/debug-protocol.ts DebugEvent), after any pending secret.</summary>
        internal void WriteDebug(Action<Utf8JsonWriter> data)
        {
            Write("debugger", DateTime.UtcNow, "", data);
            Flush();
        }

        /// <summary>
        /// Reads control lines on a dedicated thread, so they are answered even while the host thread
        /// drains a flood of records or the runbook blocks. "sync" is answered at once: the worker holds
        /// raw console lines until the answer, which follows every secret enqueued before it.
        /// </summary>
        public void StartControlReader()
        {
            new Thread(ReadControl) { IsBackground = true, Name = "baton-control" }.Start();
        }

        private void ReadControl()
        {
            try
            {
                string line;
                while ((line = _reader.ReadLine()) != null)
                {
                    string type;
                    long id;
                    DebugRequest debug;
                    if (!TryParseControl(line, out type, out id, out debug)) continue;
                    if (type == "stop")
                    {
                        _stopRequested = true;
                        var queue = _wakeOnControl;
                        if (queue != null) queue.Wake();
                        var sink = _debugSink;
                        if (sink != null) sink(new DebugRequest { Command = DebugRequest.WorkerStop });
                    }
                    else if (type == "sync")
                    {
                        Write("sync", DateTime.UtcNow, "", w => w.WriteNumber("id", id));
                        Flush();
                    }
                    else if (type == "debugger") Debug(debug);
                    else if (type == "job")
                    {
                        // Cleared here, in line order, so a stop sent for the previous job can never stop
                        // this one: the worker sends the next job only after the previous one ended.
                        _stopRequested = false;
                        _jobs.Add(line);
                    }
                }
            }
            catch (Exception)
            {
                // A broken channel (EPIPE, reset) means the same as EOF: the worker is gone. An exception
                // escaping this thread would kill the host without a result.
            }
            finally
            {
                _closed = true;
                _jobs.CompleteAdding();
                var queue = _wakeOnControl;
                if (queue != null) queue.Wake();
                // A runbook paused in the debugger would otherwise wait forever for a gone worker.
                var sink = _debugSink;
                if (sink != null) sink(new DebugRequest { Command = DebugRequest.WorkerStop });
            }
        }

        private void Debug(DebugRequest request)
        {
            var sink = _debugSink;
            if (sink != null) { sink(request); return; }
            WriteDebug(w =>
            {
                w.WriteString("event", "refused");
                if (request.RequestId != null) w.WriteString("requestId", request.RequestId);
                w.WriteString("command", request.Command ?? "");
                w.WriteString("message", "This job was not started for debugging.");
            });
        }

        private static bool TryParseControl(string line, out string type, out long id, out DebugRequest debug)
        {
            type = null;
            id = 0;
            debug = null;
            try
            {
                using (var doc = JsonDocument.Parse(line))
                {
                    var root = doc.RootElement;
                    JsonElement e;
                    if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out e) || e.ValueKind != JsonValueKind.String) return false;
                    type = e.GetString();
                    if (root.TryGetProperty("id", out e) && e.ValueKind == JsonValueKind.Number) e.TryGetInt64(out id);
                    if (type == "debugger") debug = DebugRequest.Parse(root);
                    return true;
                }
            }
            catch (JsonException)
            {
                return false;
            }
        }

        public void Flush() { lock (_lock) { _out.Flush(); } }

        internal void Write(string type, DateTime ts, string text, Action<Utf8JsonWriter> data)
        {
            lock (_lock)
            {
                WriteSecretsLocked();
                WriteLocked(type, ts, text, data);
            }
        }

        // One IsEmpty check per record while no secret is pending: no measurable cost on 100,000 lines.
        private void WriteSecretsLocked()
        {
            var secrets = _secrets;
            if (secrets == null || secrets.IsEmpty) return;
            var values = new List<string>();
            string value;
            while (secrets.TryDequeue(out value)) values.Add(value);
            WriteLocked("secret", DateTime.UtcNow, "", w => WriteStrings(w, "values", values));
        }

        private void WriteLocked(string type, DateTime ts, string text, Action<Utf8JsonWriter> data)
        {
            _json.Reset(_out);
            _json.WriteStartObject();
            _json.WriteNumber("v", 1);
            _json.WriteNumber("seq", ++_seq);
            _json.WriteString("ts", ts.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            _json.WriteString("type", type);
            _json.WriteString("text", text ?? "");
            _json.WritePropertyName("data");
            _json.WriteStartObject();
            if (data != null) data(_json);
            _json.WriteEndObject();
            _json.WriteEndObject();
            _json.Flush();
            _out.WriteByte((byte)'\n');
        }

        /// <summary>
        /// The job's end. exitCode is what the runbook passed to a top-level exit, or null when it did
        /// not call exit (PowerShell passes $null for an int? parameter as null).
        /// </summary>
        public void WriteResult(string status, string message, string errorType, string scriptStackTrace, int? exitCode)
        {
            Write("result", DateTime.UtcNow, status, w =>
            {
                w.WriteString("status", status);
                if (exitCode.HasValue) w.WriteNumber("exitCode", exitCode.Value);
                if (string.IsNullOrEmpty(message)) return;
                w.WriteStartObject("error");
                w.WriteString("message", message);
                if (!string.IsNullOrEmpty(errorType)) w.WriteString("type", errorType);
                if (!string.IsNullOrEmpty(scriptStackTrace)) w.WriteString("scriptStackTrace", scriptStackTrace);
                w.WriteEndObject();
            });
            Flush();
        }

        internal static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable values)
        {
            w.WriteStartArray(name);
            if (values != null) foreach (var v in values) w.WriteStringValue(v == null ? null : v.ToString());
            w.WriteEndArray();
        }
    }
}
