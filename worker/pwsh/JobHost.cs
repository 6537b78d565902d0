// The job runspace's PSHost. pwsh's console host is what runbooks were written against; this one gives
// them the same answers where a job can (a console width, colours, host text such as "What if:", the
// code of a top-level `exit`) and a clear refusal where it cannot (prompts).
using System;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;

namespace Baton.PwshHost
{
    public sealed class JobHost : PSHost
    {
        private readonly Guid _instanceId = Guid.NewGuid();
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
        private readonly JobHostUserInterface _ui;

        public JobHost(JobHostUserInterface ui) { _ui = ui; }

        public JobHostUserInterface JobUI { get { return _ui; } }

        /// <summary>What the runbook passed to a top-level `exit`, or null when it did not call exit.</summary>
        public int? ExitCode { get; private set; }

        /// <summary>Forgets the previous (warm-up) job's exit code.</summary>
        public void ResetExitCode() { ExitCode = null; }

        public override string Name { get { return "Baton"; } }

        public override Version Version { get { return typeof(PSObject).Assembly.GetName().Version; } }

        public override Guid InstanceId { get { return _instanceId; } }

        public override PSHostUserInterface UI { get { return _ui; } }

        public override CultureInfo CurrentCulture { get { return _culture; } }

        public override CultureInfo CurrentUICulture { get { return _uiCulture; } }

        /// <summary>
        /// How a top-level `exit N` reaches a host: PowerShell calls this when the exit leaves the
        /// pipeline (host.ps1 asks for that with ScriptExit.ReportTopLevelExit, as pwsh -File does).
        /// </summary>
        public override void SetShouldExit(int exitCode) { ExitCode = exitCode; }

        public override void EnterNestedPrompt()
        {
            throw new PSNotSupportedException("A Baton job cannot enter a nested prompt: it runs without a console or a user to type at it.");
        }

        public override void ExitNestedPrompt()
        {
            throw new PSNotSupportedException("A Baton job has no nested prompt to exit.");
        }

        public override void NotifyBeginApplication() { }

        public override void NotifyEndApplication() { }
    }
}
