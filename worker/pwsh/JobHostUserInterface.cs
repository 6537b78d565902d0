// The job host's UI: text written through it ($Host.UI.WriteLine, "What if:" lines of -WhatIf) becomes
// console records; echoes of stream records are recognised by RecordQueue; prompts are refused.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace Baton.PwshHost
{
    public sealed class JobHostUserInterface : PSHostUserInterface
    {
        private readonly JobHostRawUserInterface _rawUI;

        public JobHostUserInterface(JobHostRawUserInterface rawUI) { _rawUI = rawUI; }

        /// <summary>The running job's records; null between jobs, when host text has nowhere to go.</summary>
        public RecordQueue Queue { get; set; }

        public override PSHostRawUserInterface RawUI { get { return _rawUI; } }

        public JobHostRawUserInterface JobRawUI { get { return _rawUI; } }

        // Formatting and ErrorView emit $PSStyle's colours, which records keep as data (AnsiText).
        public override bool SupportsVirtualTerminal { get { return true; } }

        public override void Write(string value) { HostWrite(value, (ConsoleColor)(-1), (ConsoleColor)(-1)); }

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value)
        {
            HostWrite(value, foregroundColor, backgroundColor);
        }

        public override void WriteLine() { HostWrite("\n", (ConsoleColor)(-1), (ConsoleColor)(-1)); }

        public override void WriteLine(string value) { HostWrite(value + "\n", (ConsoleColor)(-1), (ConsoleColor)(-1)); }

        public override void WriteLine(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value)
        {
            HostWrite(value, foregroundColor, backgroundColor);
            HostWrite("\n", (ConsoleColor)(-1), (ConsoleColor)(-1));
        }

        // PowerShell adds these to the job's Warning, Verbose, Debug, Information and Progress streams
        // before it calls them (also for $Host.UI.WriteWarningLine), and the stream records are kept.
        public override void WriteWarningLine(string message) { }

        public override void WriteVerboseLine(string message) { }

        public override void WriteDebugLine(string message) { }

        public override void WriteInformation(InformationRecord record) { }

        public override void WriteProgress(long sourceId, ProgressRecord record) { }

        // Error records come from the Error stream; this is text a command writes as an error line.
        public override void WriteErrorLine(string value) { HostWrite(value + "\n", ConsoleColor.Red, (ConsoleColor)(-1)); }

        public override string ReadLine() { throw PromptRefusal.Create("ReadLine"); }

        public override SecureString ReadLineAsSecureString() { throw PromptRefusal.Create("ReadLine"); }

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
        {
            throw PromptRefusal.Create("Prompt");
        }

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            throw PromptRefusal.Create("PromptForChoice");
        }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName)
        {
            throw PromptRefusal.Create("PromptForCredential");
        }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options)
        {
            throw PromptRefusal.Create("PromptForCredential");
        }

        private void HostWrite(string text, ConsoleColor foreground, ConsoleColor background)
        {
            var queue = Queue;
            if (queue != null) queue.HostWrite(text, foreground, background);
        }
    }
}
