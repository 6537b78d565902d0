// The job's records in the order pwsh's console would show them. Producers run on the pipeline thread
// (stream handlers, the output formatter, the host's UI); the host thread takes them off.
//
// The engine echoes some stream records through the host's UI after adding them to their stream:
// Write-Host is an Information record followed by UI.Write(message) and UI.Write("\n"), and a
// Write-Information that the preference displays is followed by UI.WriteLine(message). Those echoes
// are swallowed (the record already says it), and an Information record waits for its possible echo
// to learn whether a console would have displayed it. Every other UI write is console text.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text;

namespace Baton.PwshHost
{
    public sealed class RecordQueue
    {
        // An unanswered Information record is released without its echo after this long; the echo
        // comes microseconds after the record on the same thread, so only a stalled process waits.
        private static readonly TimeSpan EchoWait = TimeSpan.FromMilliseconds(100);

        private readonly BlockingCollection<CapturedRecord> _queue = new BlockingCollection<CapturedRecord>();
        private readonly object _lock = new object();
        private readonly Queue<string> _echoes = new Queue<string>();
        private CapturedRecord _pendingInformation;
        private DateTime _pendingSince;
        // Host text written without a newline yet ($Host.UI.Write), with and without VT sequences.
        private readonly StringBuilder _partial = new StringBuilder();
        private DateTime _partialTs;

        public int Count { get { return _queue.Count; } }

        public void Add(CapturedRecord record)
        {
            lock (_lock)
            {
                SettleLocked();
                _queue.Add(record);
            }
        }

        public void AddInformation(CapturedRecord record)
        {
            lock (_lock)
            {
                SettleLocked();
                var info = (InformationRecord)record.Record;
                var host = info.MessageData as HostInformationMessage;
                if (host != null)
                {
                    record.Shown = true;
                    _queue.Add(record);
                    if (!string.IsNullOrEmpty(host.Message)) _echoes.Enqueue(host.Message);
                    if (host.NoNewLine != true) _echoes.Enqueue("\n");
                    return;
                }
                _pendingInformation = record;
                _pendingSince = DateTime.UtcNow;
                _echoes.Enqueue(info.ToString() + "\n");
            }
        }

        /// <summary>Text the job wrote through its host's UI; colours are -1 when not given.</summary>
        public void HostWrite(string text, ConsoleColor foreground, ConsoleColor background)
        {
            if (string.IsNullOrEmpty(text)) return;
            lock (_lock)
            {
                if (_echoes.Count > 0 && _echoes.Peek() == text)
                {
                    _echoes.Dequeue();
                    if (_echoes.Count == 0 && _pendingInformation != null)
                    {
                        _pendingInformation.Shown = true;
                        ReleasePendingLocked();
                    }
                    return;
                }
                _echoes.Clear();
                ReleasePendingLocked();
                var start = 0;
                for (var end = text.IndexOf('\n', start); end >= 0; start = end + 1, end = text.IndexOf('\n', start))
                {
                    AppendPartialLocked(text.Substring(start, end - start), foreground, background);
                    EmitPartialLocked();
                }
                if (start < text.Length) AppendPartialLocked(text.Substring(start), foreground, background);
            }
        }

        /// <summary>
        /// The next record, waiting up to waitMs; null when none came. An Information record waiting for
        /// its echo shortens the wait to when it is due, so it is released on time however long waitMs is.
        /// </summary>
        public CapturedRecord Take(int waitMs)
        {
            CapturedRecord record;
            if (_queue.TryTake(out record)) return record;
            ReleaseStale();
            if (_queue.TryTake(out record)) return record;
            return _queue.TryTake(out record, WaitFor(waitMs)) ? record : null;
        }

        private int WaitFor(int waitMs)
        {
            lock (_lock)
            {
                if (_pendingInformation == null) return waitMs;
                var due = (int)Math.Ceiling((EchoWait - (DateTime.UtcNow - _pendingSince)).TotalMilliseconds) + 1;
                return Math.Max(1, Math.Min(waitMs, due));
            }
        }

        /// <summary>
        /// Ends a Take that waits, without a record (Take returns the Woken marker): the pipeline has
        /// ended, or the worker asked for a stop or went away, so the host thread need not sit out its
        /// wait before it notices.
        /// </summary>
        public void Wake() { _queue.Add(Woken); }

        /// <summary>What Take returns after Wake; never a record of the job.</summary>
        public static readonly CapturedRecord Woken = new CapturedRecord { Type = "woken" };

        /// <summary>The pipeline has ended: whatever still waits (an echo, a partial line) is released.</summary>
        public void Complete()
        {
            lock (_lock)
            {
                SettleLocked();
            }
        }

        private void ReleaseStale()
        {
            lock (_lock)
            {
                // The echo queue stays: a late echo is still swallowed, not mistaken for console text.
                if (_pendingInformation != null && DateTime.UtcNow - _pendingSince > EchoWait) ReleasePendingLocked();
            }
        }

        // Anything other than an echo: echoes can no longer follow, and what waited goes first.
        private void SettleLocked()
        {
            _echoes.Clear();
            ReleasePendingLocked();
            if (_partial.Length > 0) EmitPartialLocked();
        }

        private void ReleasePendingLocked()
        {
            if (_pendingInformation == null) return;
            _queue.Add(_pendingInformation);
            _pendingInformation = null;
        }

        private void AppendPartialLocked(string text, ConsoleColor foreground, ConsoleColor background)
        {
            if (_partial.Length == 0) _partialTs = DateTime.UtcNow;
            _partial.Append(AnsiText.Colour(text, foreground, background));
        }

        private void EmitPartialLocked()
        {
            var ts = _partial.Length == 0 ? DateTime.UtcNow : _partialTs;
            _queue.Add(new CapturedRecord { Type = "console", Ts = ts, Lines = new[] { _partial.ToString() } });
            _partial.Clear();
        }
    }
}
