using System;

namespace Baton.PwshHost
{
    /// <summary>
    /// One record of the job, captured on the pipeline thread and queued in the order pwsh's console
    /// would print it (RecordQueue); RecordWriter turns it into a protocol line.
    /// </summary>
    public sealed class CapturedRecord
    {
        /// <summary>output | error | warning | verbose | debug | information | progress | console</summary>
        public string Type;

        public DateTime Ts;

        /// <summary>
        /// The PowerShell object: the output object the runbook wrote, the ErrorRecord, InformationRecord,
        /// ProgressRecord or warning/verbose/debug record. Null for console text and Format-* text.
        /// </summary>
        public object Record;

        /// <summary>output: an object the runbook wrote (false: the console text of Format-* output).</summary>
        public bool IsObject;

        /// <summary>
        /// output and console: console lines, possibly with VT sequences. An output object's lines are
        /// the ones the console printed when it was written: none while the formatter still groups it
        /// into a table, or also rows of objects written before it.
        /// </summary>
        public string[] Lines;

        /// <summary>error: PowerShell's rendering of the ErrorRecord ($ErrorView), with VT sequences.</summary>
        public string Rendered;

        /// <summary>error: the error that ended the runbook.</summary>
        public bool Terminating;

        /// <summary>information: whether pwsh's console would have displayed it.</summary>
        public bool Shown;
    }
}
