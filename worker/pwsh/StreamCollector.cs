// Captures the six record streams of the runbook's pipeline in production order and writes the records
// that need no PowerShell on the host thread straight to the channel. DataAdding fires synchronously on
// the thread that writes the record (the pipeline thread), so an Error record is rendered there, in the
// job's runspace, before the runbook goes on. Output objects come through OutputFormatter.
using System;
using System.Management.Automation;

namespace Baton.PwshHost
{
    public sealed class StreamCollector
    {
        private readonly Channel _channel;
        private readonly ErrorRenderer _renderer;
        private PSDataStreams _streams;

        public StreamCollector(Channel channel, RecordQueue queue, ErrorRenderer renderer)
        {
            _channel = channel;
            Queue = queue;
            _renderer = renderer;
        }

        public RecordQueue Queue { get; private set; }

        public bool IsEmpty { get { return Queue.Count == 0; } }

        /// <summary>Makes Drain return as soon as the pipeline ends, rather than when its wait runs out.</summary>
        public void WakeWhenDone(PowerShell pipeline)
        {
            pipeline.InvocationStateChanged += (sender, e) =>
            {
                var state = e.InvocationStateInfo.State;
                if (state == PSInvocationState.Completed || state == PSInvocationState.Failed || state == PSInvocationState.Stopped) Queue.Wake();
            };
        }

        public void Attach(PSDataStreams streams)
        {
            _streams = streams;
            streams.Error.DataAdding += (sender, e) =>
            {
                var error = (ErrorRecord)e.ItemAdded;
                Queue.Add(new CapturedRecord { Type = "error", Ts = DateTime.UtcNow, Record = error, Rendered = _renderer.Render(error) });
            };
            Hook(streams.Warning, "warning");
            Hook(streams.Verbose, "verbose");
            Hook(streams.Debug, "debug");
            streams.Information.DataAdding += (sender, e) =>
                Queue.AddInformation(new CapturedRecord { Type = "information", Ts = DateTime.UtcNow, Record = e.ItemAdded });
            Hook(streams.Progress, "progress");
        }

        /// <summary>The error that ended the runbook, as its last Error record; called on the pipeline thread.</summary>
        public void AddTerminatingError(ErrorRecord error)
        {
            Queue.Add(new CapturedRecord { Type = "error", Ts = DateTime.UtcNow, Record = error, Rendered = _renderer.Render(error), Terminating = true });
        }

        private void Hook<T>(PSDataCollection<T> collection, string type)
        {
            collection.DataAdding += (sender, e) => Queue.Add(new CapturedRecord { Type = type, Ts = DateTime.UtcNow, Record = e.ItemAdded });
        }

        /// <summary>
        /// Writes queued records until one needs PowerShell on the host thread (an output object that
        /// needs ConvertTo-Json, returned to the caller) or the queue stays empty for waitMs (returns
        /// null). Flushes whenever the queue runs dry.
        /// </summary>
        public CapturedRecord Drain(int waitMs)
        {
            while (true)
            {
                var rec = Queue.Take(0);
                if (rec == null)
                {
                    _channel.Flush();
                    ReleaseCollections();
                    rec = Queue.Take(waitMs);
                    if (rec == null) return null;
                }
                if (ReferenceEquals(rec, RecordQueue.Woken)) return null;
                if (rec.Type == "output" && rec.IsObject && !RecordWriter.IsSimpleOutput(rec.Record)) return rec;
                RecordWriter.Write(_channel, rec);
            }
        }

        // The collections keep every item they receive; we already hold them in the queue, so drop them
        // to keep 100,000-line or 10 MB jobs from doubling their memory.
        private void ReleaseCollections()
        {
            if (_streams == null) return;
            _streams.Error.Clear();
            _streams.Warning.Clear();
            _streams.Verbose.Clear();
            _streams.Debug.Clear();
            _streams.Information.Clear();
            _streams.Progress.Clear();
        }
    }
}
