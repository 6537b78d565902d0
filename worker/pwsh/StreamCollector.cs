// Captures all seven streams of the runbook's pipeline in production order and writes the records that
// need no PowerShell formatting straight to the channel. DataAdding fires synchronously on the thread
// that writes the record, so the queue order is the order the runbook produced them.
using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Text.Json;

namespace Baton.PwshHost
{
    public sealed class StreamCollector
    {
        private readonly BlockingCollection<CapturedRecord> _queue = new BlockingCollection<CapturedRecord>();
        private readonly Channel _channel;
        private PSDataCollection<PSObject> _output;
        private PSDataStreams _streams;

        public StreamCollector(Channel channel) { _channel = channel; }

        public bool IsEmpty { get { return _queue.Count == 0; } }

        public void Attach(PSDataCollection<PSObject> output, PSDataStreams streams)
        {
            _output = output;
            _streams = streams;
            Hook(output, "output");
            Hook(streams.Error, "error");
            Hook(streams.Warning, "warning");
            Hook(streams.Verbose, "verbose");
            Hook(streams.Debug, "debug");
            Hook(streams.Information, "information");
            Hook(streams.Progress, "progress");
        }

        private void Hook<T>(PSDataCollection<T> collection, string type)
        {
            collection.DataAdding += (sender, e) =>
                _queue.Add(new CapturedRecord { Type = type, Ts = DateTime.UtcNow, Record = e.ItemAdded });
        }

        /// <summary>
        /// Writes queued records until one needs PowerShell formatting (returned to the caller) or the
        /// queue stays empty for waitMs (returns null). Flushes whenever the queue runs dry.
        /// </summary>
        public CapturedRecord Drain(int waitMs)
        {
            CapturedRecord rec;
            while (true)
            {
                if (!_queue.TryTake(out rec))
                {
                    _channel.Flush();
                    ReleaseCollections();
                    if (!_queue.TryTake(out rec, waitMs)) return null;
                }
                if (rec.Type == "output" && !RecordWriter.IsSimpleOutput(rec.Record)) return rec;
                RecordWriter.Write(_channel, rec);
            }
        }

        // The collections keep every item they receive; we already hold them in the queue, so drop them
        // to keep 100,000-line or 10 MB jobs from doubling their memory.
        private void ReleaseCollections()
        {
            if (_output == null) return;
            _output.Clear();
            _streams.Error.Clear();
            _streams.Warning.Clear();
            _streams.Verbose.Clear();
            _streams.Debug.Clear();
            _streams.Information.Clear();
            _streams.Progress.Clear();
        }
    }
}
