// The job's console text: every object the runbook writes goes, on the pipeline thread, through one
// `Out-String -Stream` steppable pipeline in the job's own runspace, so PowerShell's formatter keeps
// its state across the job (consecutive objects of one shape share one table, Format-* output renders,
// format data the runbook loaded applies) and lines come out when pwsh's console would print them.
//
// Record model: each written object is one output record whose Lines are what the console printed
// when it was written. The formatter holds the first objects of a table for up to 300 ms to size its
// columns, so an object can print nothing yet; such an object's record is held back until the
// formatter prints again (the record that prints carries the held rows, or the last held record when
// format data prints them), which keeps the records in the console's order. Format-* writes format
// data, not objects: its lines become text-only records.
using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace Baton.PwshHost
{
    public sealed class OutputFormatter
    {
        private const string FormatDataNamespace = "Microsoft.PowerShell.Commands.Internal.Format";
        private static readonly string[] NoLines = new string[0];

        private readonly RecordQueue _queue;
        private readonly int _width;
        private readonly List<CapturedRecord> _held = new List<CapturedRecord>();
        private SteppablePipeline _pipeline;

        public OutputFormatter(RecordQueue queue, int width)
        {
            _queue = queue;
            _width = width;
        }

        /// <summary>One object the runbook wrote; called on the pipeline thread (Out-BatonJob).</summary>
        public void Write(object value)
        {
            var ts = DateTime.UtcNow;
            var isObject = !IsFormatData(value);
            string[] lines;
            try
            {
                lines = Format(value);
            }
            catch (Exception)
            {
                // The formatter cannot show this object (and is left in an unknown state): start a
                // fresh one, and print the object as its string, as the job must still complete.
                Discard();
                lines = new[] { StringForm(value) };
            }
            if (lines.Length == 0)
            {
                if (isObject) _held.Add(new CapturedRecord { Type = "output", Ts = ts, Record = value, IsObject = true, Lines = NoLines });
                return;
            }
            if (!isObject && _held.Count > 0)
            {
                // Format data printing the rows of held objects: the last held object carries them.
                ReleaseHeld(lines);
                return;
            }
            ReleaseHeld(null);
            _queue.Add(new CapturedRecord { Type = "output", Ts = ts, Record = value, IsObject = isObject, Lines = lines });
        }

        /// <summary>
        /// The job's pipeline has ended (in any state): the formatter prints what it still held, and the
        /// last held object carries it. Without a held object, the formatter's closing blank lines
        /// belong to no object and are dropped (see notes/powershell-fidelity.md).
        /// </summary>
        public void Complete()
        {
            var lines = NoLines;
            try
            {
                if (_pipeline != null) lines = ToLines(_pipeline.End());
            }
            catch (Exception)
            {
                // A broken formatter at the very end: the held objects still become records.
            }
            Discard();
            if (_held.Count > 0)
            {
                ReleaseHeld(lines);
                return;
            }
            foreach (var line in lines)
            {
                if (line.Trim().Length == 0) continue;
                _queue.Add(new CapturedRecord { Type = "output", Ts = DateTime.UtcNow, IsObject = false, Lines = lines });
                return;
            }
        }

        // pwsh's console leaves its last column free (ConsoleLineOutput), so at N columns it formats to N - 1.
        private string[] Format(object value)
        {
            if (_pipeline == null)
            {
                _pipeline = ScriptBlock.Create("param($Command, $Width) & $Command -Stream -Width $Width").GetSteppablePipeline(CommandOrigin.Internal, new object[] { OutStringCommand.Info, _width - 1 });
                _pipeline.Begin(true);
            }
            return ToLines(_pipeline.Process(value));
        }

        private void ReleaseHeld(string[] lastLines)
        {
            for (var i = 0; i < _held.Count; i++)
            {
                if (lastLines != null && i == _held.Count - 1) _held[i].Lines = lastLines;
                _queue.Add(_held[i]);
            }
            _held.Clear();
        }

        private void Discard()
        {
            var pipeline = _pipeline;
            _pipeline = null;
            if (pipeline == null) return;
            try
            {
                pipeline.Dispose();
            }
            catch (Exception)
            {
                // Disposing a broken pipeline may throw again; it is gone either way.
            }
        }

        private static string[] ToLines(Array items)
        {
            if (items == null || items.Length == 0) return NoLines;
            var lines = new string[items.Length];
            for (var i = 0; i < items.Length; i++) lines[i] = items.GetValue(i) == null ? "" : items.GetValue(i).ToString();
            return lines;
        }

        private static bool IsFormatData(object value)
        {
            var pso = value as PSObject;
            var baseObject = pso != null ? pso.BaseObject : value;
            return baseObject != null && baseObject.GetType().Namespace == FormatDataNamespace;
        }

        // PowerShell's string form, else the object's own ToString (PowerShell's enumerates a collection,
        // which may be what failed), else its type name.
        private static string StringForm(object value)
        {
            if (value == null) return "";
            var pso = value as PSObject;
            var baseObject = pso != null ? pso.BaseObject : value;
            try
            {
                return PSObject.AsPSObject(value).ToString();
            }
            catch (Exception)
            {
                try
                {
                    return baseObject.ToString() ?? "";
                }
                catch (Exception)
                {
                    return baseObject.GetType().FullName;
                }
            }
        }
    }
}
